package checkpolicy.rules.internal;

import checkpolicy.rules.BundledRuleSets;
import checkpolicy.rules.RuleSet;
import checkpolicy.rules.RuleSetCompiler;
import checkpolicy.rules.RuleSetLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Run by the build (exec-maven-plugin, process-classes): compiles every bundled rule set and
 * writes its KieBase image under {@link KieBaseCache#BUNDLED_FOLDER}, named by content key
 * and code fingerprint ({@link KieBaseCache#entryName}), so that the jar starts without
 * compiling DRL; and the parse of its ruleset.yaml ({@link RuleSetYamlImage}), so that it
 * starts without parsing YAML. KieBase images of an earlier build are removed first: a changed
 * DRL gets a new key, and the old image would only take room.
 *
 * <p>Arguments: the rulesets folder to read, the classes folder to write into.
 */
public final class PrecompileRuleSets {

    private PrecompileRuleSets() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: PrecompileRuleSets RULESETS_DIR CLASSES_DIR");
        long started = System.nanoTime();
        Path out = Path.of(args[1]).resolve(KieBaseCache.BUNDLED_FOLDER);
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : old.filter(p -> p.toString().endsWith(KieBaseCache.SUFFIX)).toList()) Files.delete(p);
        }
        BundledRuleSets bundled = new BundledRuleSets(Path.of(args[0]));
        RuleSetLoader loader = new RuleSetLoader(bundled);
        RuleSetCompiler compiler = new RuleSetCompiler(KieBaseCache.bundledOnly());
        Map<String, String> written = new LinkedHashMap<>();
        StringBuilder index = new StringBuilder("# bundled id = the images of its sections (BundledPrefetch)\n");
        for (String id : bundled.ids()) {
            String yaml = Files.readString(Path.of(args[0]).resolve(id).resolve("ruleset.yaml"), StandardCharsets.UTF_8);
            Files.write(Path.of(args[1]).resolve(RuleSetYamlImage.resource(id)), RuleSetYamlImage.write(
                    yaml.getBytes(StandardCharsets.UTF_8), RuleSetLoader.parse(yaml, "rulesets/" + id + "/ruleset.yaml")));
            List<String> entries = new ArrayList<>();
            for (RuleSet rs : loader.loadSections(id)) {
                String key = RuleSetCompiler.contentKey(rs);
                entries.add(KieBaseCache.entryName(key));
                if (written.containsKey(key)) continue;
                Files.write(out.resolve(KieBaseCache.entryName(key)), KieBaseImage.write(compiler.compileFresh(rs)));
                written.put(key, rs.id());
            }
            index.append(id).append('=').append(String.join(",", entries)).append('\n');
        }
        // Written by hand, not with Properties.store, which would stamp the date into the jar.
        Files.writeString(Path.of(args[1]).resolve(BundledPrefetch.INDEX), index);
        System.out.printf("checkpolicy: precompiled %d bundled rule sets in %.1f s%n", written.size(),
                (System.nanoTime() - started) / 1e9);
    }
}
