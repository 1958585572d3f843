package checkpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.Checker;
import checkpolicy.facts.Status;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of every bundled rule set's tests/*.yaml through the whole pipeline (ingest,
 * extract, rules, settle) and checks the status of the requirement the file is about. One
 * dynamic test per case, named after the file and the case.
 */
class RuleSetCasesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path RULESETS = Path.of("rulesets");
    private static final Map<String, Checker> CHECKERS = new HashMap<>();

    @TestFactory
    Stream<DynamicTest> everyCaseOfEveryBundledRuleSet() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> sets = Files.list(RULESETS)) {
            for (Path set : sets.filter(p -> Files.isDirectory(p.resolve("tests"))).sorted().toList()) {
                try (Stream<Path> files = Files.list(set.resolve("tests"))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                        tests.addAll(cases(set.getFileName().toString(), file));
                    }
                }
            }
        }
        assertFalse(tests.isEmpty(), "no rule-set test cases found under " + RULESETS.toAbsolutePath());
        return tests.stream();
    }

    private static List<DynamicTest> cases(String ruleSet, Path file) throws IOException {
        JsonNode root = YAML.readTree(file.toFile());
        String requirement = root.path("requirement").asText();
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode c : root.path("cases")) {
            int n = ++i;
            String name = ruleSet + "/" + file.getFileName() + " #" + n + ": " + c.path("name").asText();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Map<String, Boolean> assume = new LinkedHashMap<>();
                c.path("assume").fields().forEachRemaining(e -> assume.put(e.getKey(), e.getValue().asBoolean()));
                DocumentReport report = checker(ruleSet).check(
                        new PolicyReader().read("case-" + n + ".txt", c.path("policy").asText().getBytes(StandardCharsets.UTF_8)),
                        new Checker.Options(assume, null));
                Assessment a = report.results().get(0).assessments().stream()
                        .filter(x -> x.requirement().id().equals(requirement)).findFirst().orElseThrow();
                Status expected = Status.valueOf(c.path("expect").asText());
                assertEquals(expected, a.finding().status(), () -> name + "\n  reason: " + a.finding().reason()
                        + "\n  facts: " + report.facts().stream().map(f -> f.topic() + "/" + f.polarity()).toList()
                        + "\n  values: " + report.values().stream().map(v -> v.kind() + "=" + v.normalized() + "@" + v.topic()).toList());
            }));
        }
        assertTrue(i > 0, file + " has no cases");
        return tests;
    }

    private static synchronized Checker checker(String ruleSet) {
        return CHECKERS.computeIfAbsent(ruleSet, id -> Checker.forRuleSets(List.of(id)));
    }
}
