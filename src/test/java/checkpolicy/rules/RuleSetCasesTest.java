package checkpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.Checker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of every bundled rule set's tests/*.yaml through the whole pipeline (ingest,
 * extract, rules, settle) with {@link RuleSetTests}, the harness `checkpolicy rulesets test`
 * uses too. One dynamic test per case, named after the rule set, file and case.
 */
class RuleSetCasesTest {

    private static final Path RULESETS = Path.of("rulesets");
    private static final Map<String, Checker> CHECKERS = new HashMap<>();

    @TestFactory
    Stream<DynamicTest> everyCaseOfEveryBundledRuleSet() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> sets = Files.list(RULESETS)) {
            for (Path set : sets.filter(p -> Files.isDirectory(p.resolve("tests"))).sorted().toList()) {
                String id = set.getFileName().toString();
                for (RuleSetTests.Case c : RuleSetTests.cases(set)) {
                    tests.add(DynamicTest.dynamicTest(id + "/" + c.label(), () -> {
                        RuleSetTests.Outcome o = RuleSetTests.run(checker(id), c);
                        assertTrue(o.passed(), () -> id + "/" + c.label() + ": expected " + c.expected() + ", got "
                                + o.actual() + "\n  " + o.detail());
                    }));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no rule-set test cases found under " + RULESETS.toAbsolutePath());
        return tests.stream();
    }

    private static synchronized Checker checker(String ruleSet) {
        return CHECKERS.computeIfAbsent(ruleSet, id -> Checker.forRuleSets(List.of(id)));
    }
}
