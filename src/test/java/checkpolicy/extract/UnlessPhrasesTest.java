package checkpolicy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import checkpolicy.Checker;
import checkpolicy.facts.Disclosure;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A topic's {@code unless} phrases keep a sentence that matches one from being read as the topic at all. */
class UnlessPhrasesTest {

    private static final Checker CHECKER = Checker.forRuleSets(List.of("dpdp-india"));

    private static Set<String> rightsRead(String text) throws Exception {
        PolicyDocument doc = new PolicyReader().read("policy.md", text.getBytes(StandardCharsets.UTF_8));
        Set<String> out = new TreeSet<>();
        for (Disclosure d : CHECKER.withEvidenceModel(EvidenceModel.none()).extract(doc).disclosures()) {
            if (d.topic().startsWith("rights.") && !d.heading()) out.add(d.topic() + " @" + d.evidence().line());
        }
        return out;
    }

    @Test
    void aRightTheCompanyReservesIsNotTheReadersRight() throws Exception {
        assertEquals(Set.of("rights.access @1"), rightsRead("""
                You have the right to access the personal information we hold about you.

                We reserve the right to access, use and share your information to protect the safety of our users.

                Example Shop reserves the right to correct any price errors and to remove any posting.
                """));
    }

    @Test
    void theVetoHoldsUnderAHeadingWhoseSectionWouldOtherwiseLendItsTopic() throws Exception {
        // every sentence under a rights heading inherits the right; one the company reserves does not
        Set<String> read = rightsRead("""
                # Accessing your personal information

                You can ask for a copy of your personal information.

                We reserve the right to access your account to investigate abuse.
                """);
        assertEquals(Set.of("rights.access @3"), read);
    }
}
