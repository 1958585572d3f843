package checkpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import checkpolicy.Checker;
import checkpolicy.extract.Extraction;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.rules.internal.KieBaseCache;
import checkpolicy.rules.internal.KieBaseImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.KieBase;

/**
 * A bundled rule set read back from the KieBase image the build stores in the jar judges a
 * policy exactly as the same rule set compiled from its DRL at run time: same findings, same
 * evidence, same inferred conditions, on every seed policy.
 */
class PrecompiledRuleSetsTest {

    private static final Path FIXTURES = Path.of("fixtures");
    /** dpdp-india is the one the cold-start target runs; it-rules-2011 completes india; uk-gdpr extends gdpr. */
    private static final List<String> RULE_SETS = List.of("dpdp-india", "it-rules-2011", "uk-gdpr");

    private static final RuleSetLoader LOADER = new RuleSetLoader();
    private static final PolicyReader READER = new PolicyReader();
    private static List<Path> seeds;

    @BeforeAll
    static void findSeeds() throws Exception {
        try (Stream<Path> s = Files.list(FIXTURES)) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(seeds.isEmpty(), "no seed policies in " + FIXTURES.toAbsolutePath());
    }

    @TestFactory
    Stream<DynamicTest> imageJudgesLikeTheDrl() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : RULE_SETS) {
            RuleSet rs = LOADER.load(id);
            KieBase fresh = new RuleSetCompiler(KieBaseCache.bundledOnly()).compileFresh(rs);
            KieBase image = KieBaseImage.read(KieBaseImage.write(fresh));
            // Present once the build ran prepare-package (mvn package); mvn test alone has no images yet.
            Optional<KieBase> shipped = KieBaseCache.bundledOnly().get(RuleSetCompiler.contentKey(rs));
            Checker extraction = Checker.forRuleSets(List.of(id));
            for (Path seed : seeds) {
                tests.add(DynamicTest.dynamicTest(id + " on " + seed.getFileName(), () -> {
                    List<Object> facts = facts(extraction, seed);
                    String expected = verdict(rs, fresh, facts);
                    assertEquals(expected, verdict(rs, image, facts));
                    if (shipped.isPresent()) assertEquals(expected, verdict(rs, shipped.get(), facts));
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyBundledRuleSetHasItsOwnKey() {
        List<DynamicTest> tests = new ArrayList<>();
        RuleSet dpdp = LOADER.load("dpdp-india");
        for (String other : List.of("it-rules-2011", "gdpr", "uk-gdpr")) {
            tests.add(DynamicTest.dynamicTest(other, () ->
                    assertNotEquals(RuleSetCompiler.contentKey(dpdp), RuleSetCompiler.contentKey(LOADER.load(other)))));
        }
        return tests.stream();
    }

    /** A bundle's early reads cover its sections, and compile uses the read instead of reading again. */
    @org.junit.jupiter.api.Test
    void anEarlyReadIsUsedForItsOwnRuleSet() {
        RuleSet rs = LOADER.load("it-rules-2011");
        String entry = KieBaseCache.entryName(RuleSetCompiler.contentKey(rs));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                getClass().getClassLoader().getResource(KieBaseCache.BUNDLED_FOLDER + entry) != null,
                "the build's images are made by mvn package (prepare-package); none on this class path");
        KieBase builtBefore = RuleSetCompiler.builtInThisProcess(RuleSetCompiler.contentKey(rs)); // other tests share the JVM
        RuleSetCompiler.prefetchBundled(List.of("india"));
        java.util.concurrent.CompletableFuture<KieBase> early = checkpolicy.rules.internal.BundledPrefetch.started(entry);
        org.junit.jupiter.api.Assertions.assertNotNull(early, "india names it-rules-2011: its read starts early");
        KieBase used = new RuleSetCompiler(KieBaseCache.bundledOnly()).compile(rs).kieBase();
        org.junit.jupiter.api.Assertions.assertSame(builtBefore == null ? early.join() : builtBefore, used);
    }

    private static List<Object> facts(Checker checker, Path seed) throws Exception {
        Extraction e = checker.extract(READER.read(seed));
        return SessionFacts.of(e.disclosures(), e.passing(), e.values(), Map.of(), null);
    }

    /** The settled findings and conditions, as text: what a report is made of. */
    private static String verdict(RuleSet rs, KieBase kieBase, List<Object> facts) {
        RuleSetVerdict v = new FindingSettler().settle(rs, new CompiledRuleSet(rs, kieBase).fire(facts), Map.of(), null);
        return v.findings() + "\n" + v.conditions();
    }
}
