package checkpolicy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.Checker;
import checkpolicy.facts.Disclosure;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings that open a section about a topic are reported as flagged facts of it. */
class SectionHeadingsTest {

    private static final Checker CHECKER = Checker.forRuleSets(List.of("dpdp-india"));

    private static List<Disclosure> headingFacts(String text, String topic) throws Exception {
        PolicyDocument doc = new PolicyReader().read("policy.md", text.getBytes(StandardCharsets.UTF_8));
        return CHECKER.extract(doc).disclosures().stream().filter(d -> d.topic().equals(topic) && d.heading()).toList();
    }

    @Test
    void aContactHeadingOverAnAddressOpensAContactSection() throws Exception {
        List<Disclosure> found = headingFacts("# Contact us\n\nExample Ltd, privacy@example.com, +44 20 7946 0000.\n",
                "contact.channel");
        assertEquals(1, found.size(), found.toString());
        assertEquals("Contact us", found.get(0).evidence().quote());
    }

    @Test
    void aContactHeadingOverNoAddressOpensNothingThatNeedsOne() throws Exception {
        assertTrue(headingFacts("# Contact us\n\nWe are always glad to hear from you.\n", "contact.channel").isEmpty());
    }

    @Test
    void onlyAControllerHeadingOpensAControllerSection() throws Exception {
        // Porter gives "controller" and "controls" one stem: "Parental Controls" named a controller.
        assertTrue(headingFacts("# Children and Parental Controls\n\nOur service is not for children.\n",
                "identity.controller").isEmpty());
        assertEquals(1, headingFacts("# The controller\n\nExample Ltd decides how your data is used.\n",
                "identity.controller").size());
    }

    @Test
    void aHeadingNamingAKindOfDataOpensASectionOnTheDataCollected() throws Exception {
        // the sub-headings under "Information we collect", flattened to siblings in many pages; the
        // heading names a kind of data itself, so it is read as a passage that states one
        PolicyDocument doc = new PolicyReader().read("policy.md", ("# Payment information\n\nIf you buy a subscription, "
                + "we collect your card number and billing address.\n").getBytes(StandardCharsets.UTF_8));
        List<Disclosure> found = CHECKER.extract(doc).disclosures().stream()
                .filter(d -> d.topic().equals("collection.data-items") && d.evidence().line() == 1).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("Payment information", found.get(0).evidence().quote());
    }
}
