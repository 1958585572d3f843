package checkpolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, one-line errors, stdout kept for the report. */
class CliTest {

    private static final String SEED = "fixtures/003_5ad22d9086874e0c.txt";

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        /** Errors are one line, with no stack trace. */
        void assertOneLineError(String mustContain) {
            assertEquals(2, code, "exit code; stderr: " + err);
            assertEquals("", out, "stdout must stay clean on error");
            assertEquals(1, err.strip().lines().count(), "one line on stderr, got: " + err);
            assertTrue(err.contains(mustContain), "stderr should mention '" + mustContain + "': " + err);
            assertFalse(err.contains("\tat "), "no stack trace: " + err);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void checksTheSeedAndPrintsGapsWithEvidenceAndFixes() {
        Run r = run("--ruleset", "dpdp-india", SEED);
        assertEquals(0, r.code(), r.err());
        String first = r.out().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith(SEED + "  dpdp-india") && first.contains("score ") && first.contains("grade "), first);
        int missing = r.out().indexOf("\nMISSING  DPDP-NOTICE-BOARD-COMPLAINT");
        int met = r.out().indexOf("\nMET\n");
        assertTrue(missing > 0 && met > missing, "gaps come before what is met:\n" + r.out());
        assertTrue(r.out().contains("law:      Act s.5(1)(iii); Rule 3(c)(iii)"), r.out());
        assertTrue(r.out().contains("fix:      "), r.out());
        assertTrue(r.out().contains("evidence: line "), r.out());
    }

    @Test
    void jsonFollowsTheContractAndIsByteIdenticalAcrossRuns() throws IOException {
        Run a = run("--format", "json", SEED);
        Run b = run("--format", "json", SEED);
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
        JsonNode doc = new ObjectMapper().readTree(a.out()).path("documents").get(0);
        assertEquals(SEED, doc.path("path").asText());
        assertEquals(64, doc.path("sha256").asText().length());
        JsonNode fact = doc.path("facts").get(0);
        assertTrue(fact.has("topic") && fact.has("polarity") && fact.path("span").has("line") && fact.has("quote"));
        assertFalse(fact.has("basis"), "a fact the lexicon read has no basis field");
        boolean fromContext = false;
        Run other = run("--format", "json", "fixtures/002_b12a54b7bb4c4538.txt");
        for (JsonNode f : new ObjectMapper().readTree(other.out()).path("documents").get(0).path("facts")) {
            fromContext |= "context".equals(f.path("basis").asText());
        }
        assertTrue(fromContext, "the JSON report shows the passages read from context");
        JsonNode result = doc.path("results").get(0);
        assertEquals("dpdp-india", result.path("ruleset").asText());
        assertEquals(28, result.path("findings").size());
        assertTrue(result.path("score").isNumber());
    }

    @Test
    void writesTheReportToAFileWhenAsked() throws IOException {
        Path out = tmp.resolve("report.json");
        Run r = run("--format", "json", "--output", out.toString(), SEED);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(new ObjectMapper().readTree(out.toFile()).path("documents").isArray());
    }

    @Test
    void severalFilesGiveOneReportWithADocumentEach() throws IOException {
        Run r = run("--format", "json", SEED, "fixtures/000_b0e3f0ac32849995.txt");
        assertEquals(0, r.code(), r.err());
        assertEquals(2, new ObjectMapper().readTree(r.out()).path("documents").size());
    }

    @Test
    void failUnderFailsTheGateWithExitOne() {
        Run r = run("--fail-under", "95", SEED);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("below --fail-under 95.0"), r.err());
        assertEquals(0, run("--fail-under", "1", SEED).code());
    }

    @Test
    void asOfBeforeCommencementReportsNotInForce() throws IOException {
        Run r = run("--format", "json", "--as-of", "2026-01-01", SEED);
        JsonNode findings = new ObjectMapper().readTree(r.out()).path("documents").get(0).path("results").get(0).path("findings");
        for (JsonNode f : findings) assertEquals("NOT_IN_FORCE", f.path("status").asText(), f.toString());
    }

    @Test
    void missingFile() {
        run("no/such/policy.txt").assertOneLineError("no such file");
    }

    @Test
    void emptyFile() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "  \n");
        run(empty.toString()).assertOneLineError("empty");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[10] = 0;
        Path bin = Files.write(tmp.resolve("policy.txt"), bytes);
        run(bin.toString()).assertOneLineError("binary");
    }

    @Test
    void unknownRuleSet() {
        run("--ruleset", "no-such-law", SEED).assertOneLineError("unknown rule set 'no-such-law'");
    }

    @Test
    void unknownFormat() {
        run("--format", "docx", SEED).assertOneLineError("unknown format 'docx'");
    }

    @Test
    void malformedRuleSetYamlIsRefusedWithFileAndLine() throws IOException {
        Run r = checkWithEdited("ruleset.yaml", t -> t.replaceFirst("requirements:", "requirements: [\n  - id: {"));
        r.assertOneLineError("ruleset.yaml:");
        assertTrue(r.err().matches("(?s).*ruleset\\.yaml:\\d+: .*"), r.err());
    }

    @Test
    void drlSyntaxErrorIsRefusedWithFileAndLine() throws IOException {
        Run r = checkWithEdited("decide.drl", t -> t.replaceFirst("then\n", "then\n    this is not java (;\n"));
        r.assertOneLineError("decide.drl:");
        assertTrue(r.err().matches("(?s).*decide\\.drl:\\d+(:\\d+)?: .*"), r.err());
    }

    @Test
    void aQuestionMarkInsideALexiconWordIsRefused() throws IOException {
        Run r = checkWithEdited("lexicon.yaml", t -> t.replaceFirst("behavioural\\|behavioral", "behaviou?ral"));
        r.assertOneLineError("lexicon.yaml");
        assertTrue(r.err().contains("'?' inside the word 'behaviou?ral'"), r.err());
    }

    @Test
    void punctuationInsideALexiconWordIsRefused() throws IOException {
        // text is read as runs of letters and digits: "B.V" would be a word no policy contains
        Run r = checkWithEdited("lexicon.yaml", t -> t.replaceFirst("behavioural\\|behavioral", "behavioural|e.g"));
        r.assertOneLineError("lexicon.yaml");
        assertTrue(r.err().contains("'e.g' in"), r.err());
        assertTrue(r.err().contains("is no word"), r.err());
    }

    @Test
    void aMisspeltLexiconKeyIsRefusedRatherThanIgnored() throws IOException {
        Run r = checkWithEdited("lexicon.yaml", t -> t.replaceFirst("phrases:", "phrase:"));
        r.assertOneLineError("lexicon.yaml");
        assertTrue(r.err().contains("unknown key 'phrase'"), r.err());
    }

    @Test
    void aRequirementWithoutARuleIsRefused() throws IOException {
        checkWithEdited("decide.drl", t -> t.replace("rule \"DPDP-NOMINATION: nomination explained\"",
                "rule \"nomination explained\"")).assertOneLineError("DPDP-NOMINATION has no rule");
    }

    /** Checks the seed against a copy of dpdp-india with one of its files edited. */
    private Run checkWithEdited(String file, java.util.function.UnaryOperator<String> edit) throws IOException {
        Path rules = copyBundled("dpdp-india");
        Path edited = rules.resolve(file);
        String before = Files.readString(edited);
        String after = edit.apply(before);
        assertNotEquals(before, after, "the edit must find its text in " + file);
        Files.writeString(edited, after);
        return run("--ruleset", rules.toString(), SEED);
    }

    @Test
    void helpListsFormatsAndExitCodes() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("text, json"), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        assertTrue(run("--version").out().startsWith("checkpolicy "));
    }

    @Test
    void badArgumentsPointToHelp() {
        Run r = run("--fail-under", "abc", SEED);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--help"), r.err());
    }

    private Path copyBundled(String id) throws IOException {
        Path src = Path.of("rulesets", id);
        Path dst = tmp.resolve(id);
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
