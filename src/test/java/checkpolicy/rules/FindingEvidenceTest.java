package checkpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.Checker;
import checkpolicy.facts.Finding;
import checkpolicy.facts.Span;
import checkpolicy.facts.Status;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report keeps a few passages per finding; they must include every fact the verdict rests on. */
class FindingEvidenceTest {

    private static Finding finding(String ruleSet, String requirement, String text) throws Exception {
        DocumentReport report = Checker.forRuleSets(List.of(ruleSet))
                .check(new PolicyReader().read("policy.md", text.getBytes(StandardCharsets.UTF_8)), Checker.Options.defaults());
        return report.results().get(0).assessments().stream().map(Assessment::finding)
                .filter(f -> f.requirement().equals(requirement)).findFirst().orElseThrow();
    }

    @Test
    void aLatePassageTheVerdictNeedsIsQuotedThoughEarlierOnesAreMany() throws Exception {
        StringBuilder text = new StringBuilder("# Privacy policy\n\n");
        for (String list : List.of("newsletter", "events list", "member updates", "appeals", "volunteer rota", "parish news", "prayer list")) {
            text.append("You may withdraw your consent to the ").append(list).append(" at any time by writing to privacy@example.org.\n\n");
        }
        text.append("# Recruitment\n\nThere are no consequences for your application if you choose not to provide such information.\n");

        Finding f = finding("it-rules-2011", "SPDI-OPTION-WITHDRAW", text.toString());

        assertEquals(Status.MET, f.status());
        assertTrue(f.evidence().size() <= FindingSettler.MAX_EVIDENCE);
        assertTrue(f.evidence().stream().map(Span::quote).anyMatch(q -> q.contains("choose not to provide")),
                "the option not to provide is quoted: " + f.evidence());
        assertTrue(f.evidence().stream().map(Span::quote).anyMatch(q -> q.contains("withdraw your consent")));
    }

    @Test
    void quotesStayInDocumentOrder() throws Exception {
        StringBuilder text = new StringBuilder("# Privacy policy\n\n");
        for (int i = 1; i <= 8; i++) {
            text.append("You may withdraw your consent to list ").append(i).append(" at any time by writing to privacy@example.org.\n\n");
        }
        text.append("You may choose not to provide your information.\n");

        List<Span> evidence = finding("it-rules-2011", "SPDI-OPTION-WITHDRAW", text.toString()).evidence();

        for (int i = 1; i < evidence.size(); i++) {
            assertTrue(Span.compare(evidence.get(i - 1), evidence.get(i)) < 0, evidence.toString());
        }
    }

    @Test
    void theReasonIsTheFirstPlaceThePolicyGivesTheStatus() throws Exception {
        String text = """
                # Contact

                For questions about this policy, write to privacy@example.sg.

                # Press

                For press enquiries, contact us on (209) 834-0626.
                """;

        Finding f = finding("singapore-pdpa", "SG-CONTACT", text);

        assertEquals(Status.PARTIAL, f.status());
        assertTrue(f.reason().contains("privacy@example.sg"), f.reason());
        assertTrue(f.evidence().get(0).quote().contains("privacy@example.sg"), f.evidence().toString());
    }

    @Test
    void theSettledFindingDoesNotDependOnTheOrderRulesFiredIn() {
        var ruleSet = Checker.forRuleSets(List.of("singapore-pdpa")).ruleSets().get(0);
        Span lead = new Span(3, 1, 3, 40, "For questions, write to privacy@example.sg.");
        List<Finding> fired = new java.util.ArrayList<>();
        for (int line = 20; line < 30; line++) {
            fired.add(new Finding("SG-CONTACT", Status.PARTIAL, "gives a general contact",
                    List.of(lead, new Span(line, 1, line, 10, "line " + line))));
        }
        List<Finding> reversed = new java.util.ArrayList<>(fired);
        java.util.Collections.reverse(reversed);

        Finding inOrder = settled(ruleSet, fired);
        Finding inReverse = settled(ruleSet, reversed);

        assertEquals(inOrder, inReverse);
    }

    private static Finding settled(RuleSet ruleSet, List<Finding> fired) {
        return new FindingSettler().settle(ruleSet, new CompiledRuleSet.Conclusions(fired, List.of()), java.util.Map.of(), null)
                .findings().stream().filter(f -> f.requirement().equals("SG-CONTACT")).findFirst().orElseThrow();
    }
}
