package checkpolicy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import checkpolicy.Checker;
import checkpolicy.facts.Value;
import checkpolicy.facts.ValueKind;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which topic a stated value serves: its own sentence's, else its section's. */
class ValueTopicsTest {

    private static final Checker CHECKER = Checker.forRuleSets(List.of("dpdp-india"));

    private static String topicOf(String text, ValueKind kind) throws Exception {
        PolicyDocument doc = new PolicyReader().read("policy.md", text.getBytes(StandardCharsets.UTF_8));
        List<Value> values = CHECKER.extract(doc).values().stream().filter(v -> v.kind() == kind).toList();
        assertEquals(1, values.size(), values.toString());
        return values.get(0).topic();
    }

    @Test
    void aPeriodInASentenceAboutSomethingElseIsNotTheSectionsPeriod() throws Exception {
        String text = "# Complaints\n\nIf you complain about content on our website, we shall investigate your complaint.\n\n"
                + "Some cookies may last for a short period of time, such as one day, and cookies let us remember your preferences.\n";
        assertNotEquals("grievance", topicOf(text, ValueKind.DURATION));
    }

    @Test
    void aPeriodInASentenceAboutNothingElseIsTheSectionsPeriod() throws Exception {
        String text = "# Grievance redressal\n\nThe usual period is 30 days.\n";
        assertEquals("grievance", topicOf(text, ValueKind.DURATION));
    }

    @Test
    void aPeriodInASentenceThatSaysTheBusinessAnswersIsTheTimeToAnswer() throws Exception {
        assertEquals("grievance.response", topicOf("# Grievance redressal\n\nWe aim to reply within 30 days.\n", ValueKind.DURATION));
        // not the reader's deadline, though it stands in a grievance passage
        assertEquals("grievance", topicOf("# Grievances\n\nComplaints must be raised within three months of the incident.\n",
                ValueKind.DURATION));
    }

    @Test
    void anAddressInASentenceAboutQuestionsUnderARightsHeadingIsForRightsRequests() throws Exception {
        String text = "# Exercising your rights\n\nIf you have questions, write to privacy@example.com.\n";
        assertEquals("rights.exercise", topicOf(text, ValueKind.EMAIL));
    }
}
