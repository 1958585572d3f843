package checkpolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.gate.GateConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI gate end to end: many inputs, --fail-on, config, baseline, waivers, inline suppression. */
class GateCliTest {

    static final Path SEED_2013 = Path.of("fixtures/000_b0e3f0ac32849995.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    private static List<String> failingIds(JsonNode report) {
        List<String> ids = new ArrayList<>();
        for (JsonNode d : report.path("documents")) {
            for (JsonNode f : d.path("results").get(0).path("findings")) {
                String st = f.path("status").asText();
                if ((st.equals("MISSING") || st.equals("PARTIAL")) && !f.has("suppression")) ids.add(f.path("requirement").asText());
            }
        }
        return ids;
    }

    @Test
    void foldersAndGlobsGiveOneReportWithASectionPerDocument() throws Exception {
        CliTest.Run folder = run("--no-config", "-f", "json", "fixtures");
        assertEquals(0, folder.code(), folder.err());
        JsonNode docs = JSON.readTree(folder.out()).path("documents");
        assertEquals(5, docs.size(), "expected.yaml is not a policy extension and is skipped");
        assertEquals("fixtures/000_b0e3f0ac32849995.txt", docs.get(0).path("path").asText());
        CliTest.Run glob = run("--no-config", "-f", "json", "fixtures/00[01]_*.txt", "fixtures/000_b0e3f0ac32849995.txt");
        assertEquals(2, JSON.readTree(glob.out()).path("documents").size(), "a file named twice is checked once");
        run("--no-config", "fixtures/*.html").assertOneLineError("no policy files match");
    }

    @Test
    void failOnRequiredFailsOnRequiredGapsOnlyAndKeepsStdoutForTheReport() throws Exception {
        CliTest.Run r = run("--no-config", "--fail-on", "required", "-f", "sarif", SEED_2013.toString());
        assertEquals(1, r.code());
        JSON.readTree(r.out()); // stdout is exactly the SARIF document
        assertTrue(r.err().contains("gaps under dpdp-india at --fail-on required: "), r.err());
        assertTrue(r.err().contains("DPDP-NOMINATION"), r.err());
        assertEquals(0, run("--no-config", "--fail-on", "none", SEED_2013.toString()).code());
        assertEquals(2, run("--no-config", "--fail-on", "sometimes", SEED_2013.toString()).code());
    }

    @Test
    void baselineFailsOnlyOnNewGapsAndSurvivesEdits() throws Exception {
        Path policy = tmp.resolve("privacy.md");
        String original = Files.readString(SEED_2013);
        Files.writeString(policy, original);
        Path baseline = tmp.resolve("ci/baseline.json");
        CliTest.Run b = run("baseline", "--no-config", "-o", baseline.toString(), policy.toString());
        assertEquals(0, b.code(), b.err());
        assertTrue(b.err().contains("recorded "), b.err());
        JsonNode recorded = JSON.readTree(baseline.toFile());
        assertEquals("../privacy.md", recorded.path("gaps").get(0).path("path").asText());

        assertEquals(0, run("--no-config", "--baseline", baseline.toString(), "--fail-on", "required", policy.toString()).code());

        // Lines shift and a paragraph is re-wrapped: the same gaps, so still no new ones.
        Files.writeString(policy, "# Privacy\n\nReviewed yearly.\n\n" + original.replace(
                "We are committed to ensure that your information is secure.", "We are committed to ensure\nthat your information is secure."));
        CliTest.Run edited = run("--no-config", "--baseline", baseline.toString(), "--fail-on", "required", "-f", "markdown", policy.toString());
        assertEquals(0, edited.code(), edited.err() + edited.out());
        assertTrue(edited.out().contains("0 new gaps, 0 fixed."), edited.out());

        // Nomination is explained now: the baseline's gap is reported fixed. The new sentence also
        // mentions rights, so DPDP-RIGHTS-MEANS goes from MISSING to PARTIAL: the known gap improving, not a new one.
        Files.writeString(policy, original + "\n**Nomination**\n\nYou may nominate one or more persons to exercise your rights"
                + " on your behalf in the event of your death or incapacity. To add a nominee, go to Settings > Privacy > Nominee.\n");
        CliTest.Run fixed = run("--no-config", "--baseline", baseline.toString(), "-f", "markdown", policy.toString());
        assertEquals(0, fixed.code(), fixed.err());
        assertTrue(fixed.out().contains("0 new gaps, 1 fixed.\n- fixed: **DPDP-NOMINATION** in `../privacy.md`"), fixed.out());

        // The section on purposes goes: purposes, and with them the only passage tying processing to
        // the service ("To facilitate communication ..."), become new gaps, and only they fail the gate.
        Files.writeString(policy, original.substring(0, original.indexOf("**What We do with"))
                + original.substring(original.indexOf("At times We may")));
        CliTest.Run worse = run("--no-config", "--baseline", baseline.toString(), "--fail-on", "required", "-f", "json", policy.toString());
        assertEquals(1, worse.code(), worse.err());
        List<String> fresh = failingIds(JSON.readTree(worse.out()));
        assertTrue(fresh.contains("DPDP-NOTICE-PURPOSE") && fresh.contains("DPDP-NOTICE-GOODS-SERVICES"), fresh.toString());
        assertTrue(worse.err().contains(" new gap"), worse.err());
        assertTrue(worse.err().contains(": 2 new gaps under dpdp-india at --fail-on required: DPDP-NOTICE-PURPOSE, DPDP-NOTICE-GOODS-SERVICES"),
                worse.err());
        assertFalse(worse.err().contains("DPDP-NOMINATION"), "known gaps do not fail: " + worse.err());
    }

    @Test
    void waiversNeedAReasonSuppressWithoutHidingAndFailWhenExpired() throws Exception {
        Path policy = Files.writeString(tmp.resolve("privacy.md"), Files.readString(SEED_2013)
                + "\n<!-- checkpolicy-disable DPDP-GRIEVANCE-PERIOD: grievances go through the parent company's desk -->\n");
        Path cfg = Files.writeString(tmp.resolve(GateConfig.FILE_NAME), """
                waivers:
                  - requirement: DPDP-NOMINATION
                    path: "*.md"
                    reason: nomination is handled by account recovery
                    expires: 2999-12-31
                """);
        CliTest.Run r = run("--config", cfg.toString(), "-f", "sarif", policy.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode results = JSON.readTree(r.out()).path("runs").get(0).path("results");
        String nominationKind = null;
        String grievanceKind = null;
        for (JsonNode res : results) {
            JsonNode s = res.path("suppressions").path(0).path("kind");
            if (res.path("ruleId").asText().equals("DPDP-NOMINATION")) nominationKind = s.asText();
            if (res.path("ruleId").asText().equals("DPDP-GRIEVANCE-PERIOD")) grievanceKind = s.asText();
        }
        assertEquals("external", nominationKind, "waived findings stay in SARIF as suppressed results");
        assertEquals("inSource", grievanceKind);

        CliTest.Run json = run("--config", cfg.toString(), "--fail-on", "required", "-f", "json", policy.toString());
        assertEquals(1, json.code());
        List<String> failing = failingIds(JSON.readTree(json.out()));
        assertFalse(failing.contains("DPDP-NOMINATION") || failing.contains("DPDP-GRIEVANCE-PERIOD"), failing.toString());
        assertFalse(json.err().contains("DPDP-NOMINATION"), json.err());
        CliTest.Run text = run("--config", cfg.toString(), policy.toString());
        assertTrue(text.out().contains("DPDP-NOMINATION  Nomination of another person  [required]  (waived)"), text.out());
        assertTrue(text.out().contains("waived:   nomination is handled by account recovery"), text.out());

        Files.writeString(cfg, "waivers:\n  - requirement: DPDP-NOMINATION\n    reason: legal review\n    expires: 2020-01-31\n");
        CliTest.Run expired = run("--config", cfg.toString(), policy.toString());
        assertEquals(1, expired.code(), expired.err());
        assertTrue(expired.err().contains("the waiver for DPDP-NOMINATION (" + cfg + ": waivers[0]) expired on 2020-01-31"), expired.err());

        Files.writeString(cfg, "waivers:\n  - requirement: DPDP-NOMINATION\n");
        run("--config", cfg.toString(), policy.toString()).assertOneLineError("needs a reason");
        Files.writeString(policy, "# P\n\nWe collect your name.\n<!-- checkpolicy-disable DPDP-NOMINATION -->\n");
        run("--no-config", policy.toString()).assertOneLineError("privacy.md:4: the waiver for DPDP-NOMINATION needs a reason");
    }

    @Test
    void configSuppliesPathsAndGateAndInitWritesAUsableOne() throws Exception {
        CliTest.Run init = run("init", tmp.toString());
        assertEquals(0, init.code(), init.err());
        assertEquals("", init.out());
        Path cfg = tmp.resolve(GateConfig.FILE_NAME);
        GateConfig c = GateConfig.load(cfg);
        assertEquals(List.of("dpdp-india"), c.ruleSets());
        assertTrue(Files.readString(cfg).contains("# "), "the file explains itself");
        run("init", tmp.toString()).assertOneLineError("already exists");

        Files.copy(SEED_2013, tmp.resolve("privacy-policy.md"));
        CliTest.Run r = run("--config", cfg.toString());
        assertEquals(1, r.code(), "the template gates on required gaps: " + r.err());
        assertTrue(r.out().contains("privacy-policy.md  dpdp-india"), r.out());
        assertEquals(0, run("--config", cfg.toString(), "--fail-on", "none").code());
        CliTest.Run none = run("--no-config");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("Missing required parameter: 'FILE' (or set 'paths' in .checkpolicy.yaml)"), none.err());
    }

    @Test
    void diffOfTheSameCompanysPolicySixYearsApart() throws Exception {
        String older = "fixtures/000_b0e3f0ac32849995.txt";
        String newer = "fixtures/001_6d2269da330936ed.txt";
        CliTest.Run r = run("diff", "--no-config", older, newer);
        assertTrue(r.out().startsWith(older + " -> " + newer + "\n"), r.out());
        assertTrue(r.out().contains("dpdp-india  score 29.2 -> 25.6 (-3.6)"), r.out());
        // The 2019 text no longer says what the service enables, drops the age limit and the security
        // promise, and names recipients ("will not be disclosed to any third parties").
        assertTrue(r.out().contains("newly missing      DPDP-NOTICE-GOODS-SERVICES  MET -> MISSING"), r.out());
        assertTrue(r.out().contains("newly missing      DPDP-SECURITY  PARTIAL -> MISSING"), r.out());
        assertTrue(r.out().contains("no longer applies  DPDP-CHILD-VPC  MISSING -> NOT_APPLICABLE"), r.out());
        assertTrue(r.out().contains("newly met          DPDP-SHARING-PROCESSORS  MISSING -> MET"), r.out());
        // Still an itemised list, but 2019 no longer asks for the age and adds the city.
        String items = r.out().substring(r.out().indexOf("evidence changed   DPDP-NOTICE-DATA-ITEMS  MET -> MET"));
        items = items.split("\n  (?! )")[0];
        assertTrue(items.contains("gone: \"Age\"") && items.contains("new: \"City\""), items);
        assertEquals(1, r.code(), "the score dropped");
        assertTrue(r.err().contains("dpdp-india score dropped by 3.6"), r.err());

        CliTest.Run json = run("diff", "--no-config", "-f", "json", "--fail-on", "required", older, newer);
        assertEquals(1, json.code(), "required requirements regressed");
        JsonNode changes = JSON.readTree(json.out()).path("results").get(0).path("changes");
        assertTrue(changes.size() >= 5, changes.toString());
        CliTest.Run reverse = run("diff", "--no-config", "--fail-on", "required", newer, older);
        assertEquals(1, reverse.code(), "going back also loses what 2019 added");
        assertEquals(0, run("diff", "--no-config", older, older).code());
        assertTrue(run("diff", "--no-config", older, older).out().contains("no requirement changed"));
    }
}
