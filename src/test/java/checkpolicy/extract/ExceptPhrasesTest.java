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

/** A topic's {@code except} phrases keep the words they span from being read as the topic, and nothing else. */
class ExceptPhrasesTest {

    private static final Checker CHECKER = Checker.forRuleSets(List.of("dpdp-india")).withEvidenceModel(EvidenceModel.none());

    /** The lines read as security, with "h" for a heading's own reading. */
    private static Set<String> securityRead(String text) throws Exception {
        PolicyDocument doc = new PolicyReader().read("policy.md", text.getBytes(StandardCharsets.UTF_8));
        Set<String> out = new TreeSet<>();
        for (Disclosure d : CHECKER.extract(doc).disclosures()) {
            if (d.topic().equals("security")) out.add((d.heading() ? "h@" : "@") + d.evidence().line());
        }
        return out;
    }

    @Test
    void aHeadingThatNamesSocialSecurityNumbersOpensNoSecuritySection() throws Exception {
        String body = "\n\nWe ask for the last four digits when you call our helpline.\n";
        assertEquals(Set.of("h@1", "@3"), securityRead("# Security" + body), "a security heading lends its body the topic");
        assertEquals(Set.of(), securityRead("# Social Security Numbers" + body));
    }

    @Test
    void aSecurityPhraseBesideTheExceptedWordsStillCounts() throws Exception {
        assertEquals(Set.of("@1"), securityRead("Social security numbers are encrypted at rest.\n"));
        assertEquals(Set.of("@1"), securityRead(
                "Our Data Protection Officer makes sure we use appropriate technical measures to protect your data.\n"));
    }

    @Test
    void theNameOfALawOrOfficerIsNoSafeguard() throws Exception {
        assertEquals(Set.of("@1"), securityRead("We protect the personal information you give us.\n"));
        assertEquals(Set.of(), securityRead("Data protection law sets out how we may use the personal information you give us.\n"));
        assertEquals(Set.of(), securityRead("Please write to our Data Protection Officer about your personal information.\n"));
    }
}
