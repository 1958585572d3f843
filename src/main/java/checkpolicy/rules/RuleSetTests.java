package checkpolicy.rules;

import checkpolicy.Checker;
import checkpolicy.facts.Status;
import checkpolicy.ingest.IngestException;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.RuleSetResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rule-test harness: reads a rule set's {@code tests/*.yaml} (a policy snippet and the status
 * one requirement must get) and runs each case through the whole pipeline. The JUnit suite and
 * {@code checkpolicy rulesets test DIR} share it, so a user's own rule set is tested exactly as
 * the bundled ones are.
 *
 * <pre>
 * requirement: DPDP-CONTACT-DPO
 * cases:
 *   - name: officer with an email
 *     assume: { children: true }      # optional: conditions as --assume gives them
 *     asOf: 2027-06-01                 # optional: judge as of this date
 *     policy: |
 *       ...
 *     expect: MET                      # MET, PARTIAL, MISSING, NOT_APPLICABLE or NOT_IN_FORCE
 * </pre>
 */
public final class RuleSetTests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RuleSetTests() {}

    /** One case of a tests file. {@code label} names the file and case for messages. */
    public record Case(String label, String requirement, Map<String, Boolean> assume, LocalDate asOf,
                       String policy, Status expected) {}

    /** What one case gave. {@code detail} says why it failed (the reason and the facts found), blank when it passed. */
    public record Outcome(Case testCase, Status actual, String detail) {

        public boolean passed() {
            return testCase.expected() == actual;
        }
    }

    /** Every case of every tests/*.yaml in the folder, in file order; none when there is no tests folder. */
    public static List<Case> cases(Path ruleSetFolder) {
        Path tests = ruleSetFolder.resolve("tests");
        if (!Files.isDirectory(tests)) return List.of();
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(tests)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                out.addAll(casesOf(f));
            }
        } catch (IOException e) {
            throw new RuleSetException(tests + ": cannot list test files: " + e.getMessage(), e);
        }
        return out;
    }

    /** The cases of one tests file; a malformed file is refused with its name and, where known, the line. */
    public static List<Case> casesOf(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RuleSetException(file + (line > 0 ? ":" + line : "") + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("malformed YAML"));
        } catch (IOException e) {
            throw new RuleSetException(file + ": cannot read: " + e.getMessage(), e);
        }
        String requirement = root == null ? "" : root.path("requirement").asText("");
        if (requirement.isBlank()) throw new RuleSetException(file + ": lacks 'requirement'");
        List<Case> out = new ArrayList<>();
        int n = 0;
        for (JsonNode c : root.path("cases")) {
            n++;
            String label = file.getFileName() + " #" + n + ": " + c.path("name").asText("");
            Map<String, Boolean> assume = new LinkedHashMap<>();
            c.path("assume").fields().forEachRemaining(e -> assume.put(e.getKey(), e.getValue().asBoolean()));
            LocalDate asOf = c.hasNonNull("asOf") ? LocalDate.parse(c.path("asOf").asText()) : null;
            Status expected;
            try {
                expected = Status.valueOf(c.path("expect").asText("").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleSetException(file + ": case " + n + ": 'expect' must be MET, PARTIAL, MISSING, NOT_APPLICABLE or NOT_IN_FORCE");
            }
            if (!c.hasNonNull("policy")) throw new RuleSetException(file + ": case " + n + " lacks 'policy'");
            out.add(new Case(label, requirement, Map.copyOf(assume), asOf, c.path("policy").asText(), expected));
        }
        if (n == 0) throw new RuleSetException(file + ": no cases");
        return out;
    }

    /** Runs one case with a checker built for the rule set under test (its first rule set is judged). */
    public static Outcome run(Checker checker, Case c) {
        DocumentReport report;
        try {
            report = checker.check(new PolicyReader().read("case.txt", c.policy().getBytes(StandardCharsets.UTF_8)),
                    new Checker.Options(c.assume(), c.asOf()));
        } catch (IngestException e) {
            throw new RuleSetException(c.label() + ": the policy cannot be read: " + e.getMessage(), e);
        }
        Optional<Assessment> found = report.results().stream().map(RuleSetResult::assessments).flatMap(List::stream)
                .filter(a -> a.requirement().id().equals(c.requirement())).findFirst();
        if (found.isEmpty()) {
            throw new RuleSetException(c.label() + ": requirement " + c.requirement() + " is not in the rule set");
        }
        Assessment a = found.get();
        String detail = a.finding().status() == c.expected() ? "" : "reason: " + a.finding().reason()
                + "\n  facts: " + report.facts().stream().map(f -> f.topic() + "/" + f.polarity()).toList()
                + "\n  values: " + report.values().stream().map(v -> v.kind() + "=" + v.normalized() + "@" + v.topic()).toList();
        return new Outcome(c, a.finding().status(), detail);
    }
}
