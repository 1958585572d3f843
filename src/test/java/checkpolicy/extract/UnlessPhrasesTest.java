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

/** A topic's {@code unless} phrases keep what follows them in a sentence from being read as the topic. */
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
        // the reservation governs the rest of its sentence, however long
        assertEquals(Set.of(), rightsRead("Example Society reserves the right at all times to disclose any information "
                + "as necessary to satisfy any applicable law, regulation or governmental request, or to edit, refuse to "
                + "post or to remove any information or materials, in whole or in part."));
        // and not a right stated before it
        assertEquals(Set.of("rights.erasure @1"), rightsRead(
                "You may ask us to delete your personal information, though we reserve the right to refuse a request we cannot verify."));
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

    @Test
    void aVetoGovernsWhatFollowsItNotAClauseWellBeforeIt() throws Exception {
        // list items the segmenter could not split from the next section's sentence
        PolicyDocument doc = new PolicyReader().read("policy.txt", ("We use several third parties to process personal data "
                + "on our behalf and include Qualtrics Wufoo Google Mailchimp Amazon Web Services TargetX Third Party Links "
                + "The website may include links to third-party websites and applications.").getBytes(StandardCharsets.UTF_8));
        List<Disclosure> sharing = CHECKER.extract(doc).disclosures().stream()
                .filter(d -> d.topic().equals("sharing.third-parties")).toList();
        assertEquals(1, sharing.size(), "the processors clause still reads as sharing: " + sharing);
        PolicyDocument links = new PolicyReader().read("links.txt",
                "Our website may provide links to third-party websites, such as those of our business partners.".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), CHECKER.extract(links).disclosures().stream()
                .filter(d -> d.topic().equals("sharing.third-parties")).toList(), "a link gives a third party nothing");
    }

    @Test
    void aHeadingAVetoMatchesOpensNoSectionAboutTheTopic() throws Exception {
        // "third party" heads sharing sections, whose sentences all speak to sharing
        PolicyDocument doc = new PolicyReader().read("policy.md", """
                # Links to third party websites

                We are not responsible for the content or practices of the websites we point to.
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), CHECKER.withEvidenceModel(EvidenceModel.none()).extract(doc).disclosures().stream()
                .filter(d -> d.topic().equals("sharing.third-parties")).toList());
    }
}
