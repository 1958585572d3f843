package checkpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.Checker;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.RuleSetResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule set that only extends others (india = dpdp-india + it-rules-2011) is a bundle: one section per law. */
class RuleSetBundleTest {

    private final RuleSetLoader loader = new RuleSetLoader();

    @Test
    void indiaLoadsAsTheUnionOfBothLaws() {
        RuleSet india = loader.load("india");
        int dpdp = loader.load("dpdp-india").requirements().size();
        int spdi = loader.load("it-rules-2011").requirements().size();
        assertEquals(dpdp + spdi, india.requirements().size());
        assertEquals(List.of("dpdp-india", "it-rules-2011"), india.extendsIds());
    }

    @Test
    void indiaIsReportedAsOneSectionPerLaw() throws Exception {
        assertEquals(List.of("dpdp-india", "it-rules-2011"), loader.loadSections("india").stream().map(RuleSet::id).toList());
        assertEquals(List.of("it-rules-2011"), loader.loadSections("it-rules-2011").stream().map(RuleSet::id).toList());

        DocumentReport report = Checker.forRuleSets(List.of("india", "it-rules-2011")).check(new PolicyReader().read("p.txt",
                "Grievance Officer\nName: Priya Sharma\nEmail: grievance@example.in\nWe redress grievances within one month.\n"
                        .getBytes(StandardCharsets.UTF_8)), Checker.Options.defaults());
        assertEquals(List.of("dpdp-india", "it-rules-2011"), report.results().stream().map(RuleSetResult::ruleset).toList());
    }

    @Test
    void aRuleSetWithNeitherRequirementsNorExtendsIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ruleset.yaml"), "id: empty\ntitle: Empty\nversion: \"1\"\n");
        RuleSetException e = assertThrows(RuleSetException.class, () -> loader.load(dir.toString()));
        assertTrue(e.getMessage().contains("no requirements"), e.getMessage());
    }
}
