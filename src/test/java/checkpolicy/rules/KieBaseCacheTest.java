package checkpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.rules.internal.KieBaseCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/**
 * The disk cache for users' own rule sets: a second run finds the compiled rule set, an edited
 * DRL misses it and is compiled anew, a damaged entry is ignored and replaced, and a DRL error is
 * reported as without the cache.
 */
class KieBaseCacheTest {

    @TempDir
    Path tmp;
    private Path rules;
    private Path cacheDir;
    private KieBaseCache cache;

    /** A user's rule set: a copy of the bundled coppa folder, made unique so no other test has built it in this JVM. */
    @BeforeEach
    void userRuleSet() throws IOException {
        rules = tmp.resolve("my-rules");
        Files.createDirectories(rules);
        for (String f : List.of("ruleset.yaml", "classify.drl", "decide.drl", "lexicon.yaml")) {
            Files.copy(Path.of("rulesets/coppa").resolve(f), rules.resolve(f));
        }
        appendToDrl("// " + UUID.randomUUID() + "\n");
        cacheDir = tmp.resolve("cache");
        cache = KieBaseCache.in(cacheDir);
    }

    @Test
    void firstCompileWritesAnEntryThatTheNextRunReads() throws IOException {
        RuleSet rs = new RuleSetLoader().load(rules.toString());
        String key = RuleSetCompiler.contentKey(rs);
        assertTrue(cache.get(key).isEmpty(), "an empty cache has nothing");

        new RuleSetCompiler(cache).compile(rs);

        assertEquals(1, entries().size(), "one entry, no temporary files left: " + entries());
        KieBase hit = cache.get(key).orElseThrow(() -> new AssertionError("the entry just written does not read back"));
        assertEquals(rules(new RuleSetCompiler(KieBaseCache.bundledOnly()).compileFresh(rs)), rules(hit));
    }

    @Test
    void anEditedDrlMissesAndIsCompiledAnew() throws IOException {
        RuleSet before = new RuleSetLoader().load(rules.toString());
        new RuleSetCompiler(cache).compile(before);

        appendToDrl("\nrule \"COPPA-EDITED: a rule added after the first run\"\nwhen\n    eval(false)\nthen\nend\n");
        RuleSet after = new RuleSetLoader().load(rules.toString());

        assertNotEquals(RuleSetCompiler.contentKey(before), RuleSetCompiler.contentKey(after));
        assertTrue(cache.get(RuleSetCompiler.contentKey(after)).isEmpty(), "the edited rule set must not find the old entry");
        // COPPA-EDITED names no requirement of ruleset.yaml: validated anew, not read from the cache.
        RuleSetException e = assertThrows(RuleSetException.class, () -> new RuleSetCompiler(cache).compile(after));
        assertTrue(e.getMessage().contains("COPPA-EDITED"), e.getMessage());
        assertEquals(1, entries().size(), "a rule set that fails validation is not cached: " + entries());
    }

    @Test
    void aDamagedEntryIsIgnoredAndReplaced() throws IOException {
        RuleSet rs = new RuleSetLoader().load(rules.toString());
        String key = RuleSetCompiler.contentKey(rs);
        cache.put(key, new RuleSetCompiler(KieBaseCache.bundledOnly()).compileFresh(rs));
        Path entry = entries().get(0);
        byte[] good = Files.readAllBytes(entry);

        Files.write(entry, Arrays.copyOf(good, good.length / 2)); // a writer killed half-way
        assertTrue(cache.get(key).isEmpty(), "a truncated entry is ignored");
        good[good.length - 10] ^= 0x55;                            // a flipped bit
        Files.write(entry, good);
        assertTrue(cache.get(key).isEmpty(), "a damaged entry is ignored");
        Files.writeString(entry, "not a KieBase at all");
        assertTrue(cache.get(key).isEmpty(), "a foreign file is ignored");

        // Not built in this JVM yet (compileFresh bypasses every cache), so this is what a run meets;
        // kieBase() waits for the background read that finds the entry damaged and compiles instead.
        new RuleSetCompiler(cache).compile(rs).kieBase();
        assertTrue(cache.get(key).isPresent(), "the run replaced the damaged entry by a good one");
        assertEquals(1, entries().size(), entries().toString());
    }

    @Test
    void drlErrorsReadTheSameWithTheCache() throws IOException {
        appendToDrl("\nrule \"COPPA-BROKEN\"\nwhen\n    Disclosure( topic == )\nthen\nend\n");
        RuleSet rs = new RuleSetLoader().load(rules.toString());
        String withCache = assertThrows(RuleSetException.class, () -> new RuleSetCompiler(cache).compile(rs)).getMessage();
        String without = assertThrows(RuleSetException.class,
                () -> new RuleSetCompiler(KieBaseCache.bundledOnly()).compile(rs)).getMessage();
        assertEquals(without, withCache);
        assertTrue(withCache.startsWith(rules.resolve("decide.drl") + ":"), withCache);
        assertTrue(entries().isEmpty(), "nothing cached for a rule set that does not compile");
    }

    private void appendToDrl(String text) throws IOException {
        Files.writeString(rules.resolve("decide.drl"), text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    private List<Path> entries() throws IOException {
        if (!Files.isDirectory(cacheDir)) return List.of();
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.sorted().toList();
        }
    }

    private static List<String> rules(KieBase kieBase) {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(r -> r.getPackageName() + "/" + r.getName()).sorted().toList();
    }
}
