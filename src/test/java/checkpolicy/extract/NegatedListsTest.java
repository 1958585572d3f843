package checkpolicy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import checkpolicy.Checker;
import checkpolicy.facts.Disclosure;
import checkpolicy.facts.Polarity;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A denial reaches the examples of what it denies, however long their list, and no further. */
class NegatedListsTest {

    private static final Checker CHECKER = Checker.forRuleSets(List.of("dpdp-india")).withEvidenceModel(EvidenceModel.none());

    private static Polarity sensitive(String text) throws Exception {
        PolicyDocument doc = new PolicyReader().read("policy.txt", text.getBytes(StandardCharsets.UTF_8));
        return CHECKER.extract(doc).disclosures().stream().filter(d -> d.topic().equals("collection.sensitive"))
                .map(Disclosure::polarity).findFirst().orElseThrow();
    }

    @Test
    void theExamplesOfADeniedKindOfDataAreDeniedToo() throws Exception {
        assertEquals(Polarity.DENIES, sensitive(
                "We do not collect sensitive data, such as health, racial, sexual orientation, political or religious data.\n"));
        assertEquals(Polarity.DENIES, sensitive(
                "We never ask for special categories of data, including trade union membership or biometric data.\n"));
    }

    @Test
    void aListFarFromTheNegationIsNotDenied() throws Exception {
        assertEquals(Polarity.AFFIRMS, sensitive("We do not guarantee security, and we collect data such as health records.\n"));
        assertEquals(Polarity.AFFIRMS, sensitive(
                "We do not sell data, but we collect information such as your name, address, bank account and biometric data.\n"));
    }
}
