package checkpolicy.cli;

import static checkpolicy.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The authoring side of the command line: listing and explaining rule sets, testing one's own, extends. */
class RuleSetAuthoringTest {

    private static final String SEED = "fixtures/003_5ad22d9086874e0c.txt";
    private static final Path EXAMPLE = Path.of("docs/examples/acme-rules");

    @TempDir
    Path tmp;

    @Test
    void rulesetsListsEveryBundledRuleSetWithItsCountsAndDates() {
        CliTest.Run r = run("rulesets");
        assertEquals(0, r.code(), r.err());
        for (String id : new String[] {"dpdp-india", "gdpr", "uk-gdpr", "ccpa", "coppa", "caloppa"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(id + " ")), id + " missing:\n" + r.out());
        }
        assertTrue(r.out().contains(" 26 requirements  in force: 26"), r.out());
        assertTrue(r.out().contains("from 2026-06-19: 1"), r.out());
        assertTrue(r.out().contains("extends gdpr"), r.out());
    }

    @Test
    void showGivesConditionsAndTheParentsRequirementsToo() {
        CliTest.Run r = run("rulesets", "show", "uk-gdpr");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("extends:    gdpr"), r.out());
        assertTrue(r.out().contains("GDPR-RETENTION") && r.out().contains("UKGDPR-ICO-COMPLAINT"), r.out());
        assertTrue(r.out().contains("transfers-outside-uk"), r.out());
        run("rulesets", "show", "no-such-law").assertOneLineError("unknown rule set 'no-such-law'");
    }

    @Test
    void explainFindsARequirementInWhicheverRuleSetDefinesIt() {
        CliTest.Run r = run("explain", "ccpa-pp-request-methods");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("CCPA-PP-REQUEST-METHODS  "), r.out());
        assertTrue(r.out().contains("rule set:     ccpa"), r.out());
        assertTrue(r.out().contains("citation:     11 CCR §7011(e)(3)(A)"), r.out());
        assertTrue(r.out().contains("sample:       To submit a request, call us toll-free"), r.out());
        assertTrue(run("explain", "GDPR-RIGHTS").out().contains("rule set:     gdpr "), "defined by gdpr, not by uk-gdpr");
        run("explain", "NOPE-1").assertOneLineError("no bundled rule set defines requirement NOPE-1");
    }

    @Test
    void rulesetsTestRunsAUsersOwnCasesAndFailsWithExitOne() throws IOException {
        CliTest.Run ok = run("rulesets", "test", EXAMPLE.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("3 cases, 3 passed, 0 failed"), ok.out());

        Path mine = copy(EXAMPLE, tmp.resolve("acme"));
        Path cases = mine.resolve("tests/ACME-DPO-NAMED.yaml");
        Files.writeString(cases, Files.readString(cases).replace("expect: PARTIAL", "expect: MET"));
        CliTest.Run bad = run("rulesets", "test", mine.toString());
        assertEquals(1, bad.code(), bad.out() + bad.err());
        assertTrue(bad.out().contains("FAIL  ACME-DPO-NAMED.yaml #2: role only: expected MET, got PARTIAL"), bad.out());
        assertTrue(bad.out().contains("3 cases, 2 passed, 1 failed"), bad.out());
    }

    @Test
    void anOwnRuleSetExtendsABundledOneAndAddsItsRequirement() throws IOException {
        CliTest.Run r = run("--format", "json", "--ruleset", EXAMPLE.toString(), SEED);
        assertEquals(0, r.code(), r.err());
        JsonNode result = new ObjectMapper().readTree(r.out()).path("documents").get(0).path("results").get(0);
        assertEquals("acme-privacy", result.path("ruleset").asText());
        assertEquals(29, result.path("findings").size(), "28 of dpdp-india and ACME's own");
    }

    @Test
    void extendsInACircleIsRefusedWithFileAndLine() throws IOException {
        Path a = ruleSet("a", "../b");
        ruleSet("b", "../a");
        CliTest.Run r = run("--ruleset", a.toString(), SEED);
        r.assertOneLineError("circle");
        assertTrue(r.err().matches("(?s).*ruleset\\.yaml:5: extends '\\.\\./a'.*"), r.err());
    }

    @Test
    void anUnknownParentIsRefusedWithFileAndLine() throws IOException {
        Path a = ruleSet("a", "no-such-law");
        CliTest.Run r = run("--ruleset", a.toString(), SEED);
        r.assertOneLineError("unknown rule set 'no-such-law'");
        assertTrue(r.err().matches("(?s).*a/ruleset\\.yaml:5: extends unknown rule set.*"), r.err());
    }

    @Test
    void severalRuleSetsGiveOneReportWithASectionEach() throws IOException {
        CliTest.Run r = run("--format", "json", "--ruleset", "gdpr", "--ruleset", "ccpa", SEED);
        assertEquals(0, r.code(), r.err());
        JsonNode docs = new ObjectMapper().readTree(r.out()).path("documents");
        assertEquals(1, docs.size());
        JsonNode results = docs.get(0).path("results");
        assertEquals(2, results.size());
        assertEquals("gdpr", results.get(0).path("ruleset").asText());
        assertEquals("ccpa", results.get(1).path("ruleset").asText());
        assertEquals(26, results.get(0).path("findings").size());
        assertEquals(39, results.get(1).path("findings").size());
    }

    @Test
    void theBenchPolicyGetsAGdprAndACcpaSectionInText() {
        Path policy = Path.of("../shared/bench/goppc150/policies/5.txt");
        Assumptions.assumeTrue(Files.isRegularFile(policy), "bench not present");
        CliTest.Run r = run("--ruleset", "gdpr", "--ruleset", "ccpa", policy.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.out().lines().filter(l -> l.startsWith(policy + "  ") && l.contains(" score ")).count(), r.out());
    }

    @Test
    void aCheckStillNeedsAFile() {
        CliTest.Run r = run("--ruleset", "gdpr");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Missing required parameter: 'FILE'") && r.err().contains("--help"), r.err());
    }

    private Path ruleSet(String name, String parent) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("ruleset.yaml"), "id: " + name + "\ntitle: \"" + name + "\"\nversion: \"1\"\nextends:\n  - " + parent
                + "\nrequirements:\n  - id: X-ONE\n    title: t\n    citation: c\n    severity: required\n    weight: 1\n    category: c\n    remediation: r\n");
        Files.writeString(dir.resolve("decide.drl"), "package p;\nrule \"X-ONE: always\"\nwhen\nthen\nend\n");
        return dir;
    }

    private static Path copy(Path src, Path dst) throws IOException {
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return dst;
    }
}
