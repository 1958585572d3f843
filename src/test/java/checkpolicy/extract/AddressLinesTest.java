package checkpolicy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.Checker;
import checkpolicy.facts.Disclosure;
import checkpolicy.facts.Value;
import checkpolicy.facts.ValueKind;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The address lines under a lead-in ("contact our EU representative at:") name what the lead-in
 * names: they are read as speaking to its topic, and their addresses are values of it. A line of
 * contact values no lead-in introduces is a contact block (valueLines).
 */
class AddressLinesTest {

    // The reading itself, not the evidence model's choice among passages.
    private static final Checker CHECKER = Checker.forRuleSets(List.of("gdpr")).withEvidenceModel(EvidenceModel.none());

    private static final String ADDRESS = "Example Rep GmbH, Ballindamm 39, 20095 Hamburg, Germany, rep@example.eu";

    private static Extraction read(String text) throws Exception {
        PolicyDocument doc = new PolicyReader().read("policy.md", text.getBytes(StandardCharsets.UTF_8));
        return CHECKER.extract(doc);
    }

    private static List<String> quotes(Extraction e, String topic) {
        return e.disclosures().stream().filter(d -> d.topic().equals(topic)).map(d -> d.evidence().quote()).toList();
    }

    @Test
    void anAddressLineUnderARepresentativeLeadInNamesTheRepresentative() throws Exception {
        Extraction e = read("For the purposes of the GDPR, you may contact our EU representative at:\n\n" + ADDRESS + "\n");
        assertTrue(quotes(e, "contact.representative").stream().anyMatch(q -> q.startsWith("Example Rep GmbH")),
                quotes(e, "contact.representative").toString());
        Value email = e.values().stream().filter(v -> v.kind() == ValueKind.EMAIL).findFirst().orElseThrow();
        assertEquals("contact.representative", email.topic());
    }

    @Test
    void anAddressAfterProseIsNotLedIn() throws Exception {
        Extraction e = read("Our EU representative handles requests from the EEA.\n\n" + ADDRESS + "\n");
        assertTrue(quotes(e, "contact.representative").stream().noneMatch(q -> q.startsWith("Example Rep GmbH")),
                quotes(e, "contact.representative").toString());
    }

    @Test
    void aFullSentenceEndsWhatTheLeadInNames() throws Exception {
        Extraction e = read("You may contact our EU representative at:\n\n" + ADDRESS + "\n\n"
                + "We keep the records of your purchases for six years.\n\n" + "Shop Ltd, 1 High Street, London SW1A 1AA\n");
        List<String> named = quotes(e, "contact.representative");
        assertTrue(named.stream().anyMatch(q -> q.startsWith("Example Rep GmbH")), named.toString());
        assertTrue(named.stream().noneMatch(q -> q.startsWith("Shop Ltd") || q.startsWith("We keep")), named.toString());
    }

    @Test
    void onlyTopicsThatAddressLinesSpeakToPassDown() throws Exception {
        // The lead-in reads sharing too; an address is no recipient.
        Extraction e = read("We share your data with our EU representative, whom you may contact at:\n\n" + ADDRESS + "\n");
        List<Disclosure> shared = e.disclosures().stream()
                .filter(d -> d.topic().equals("sharing.third-parties") && d.evidence().quote().startsWith("Example Rep")).toList();
        assertTrue(shared.isEmpty(), shared.toString());
    }

    @Test
    void aContactBlockNoPhraseIntroducesIsAContactChannel() throws Exception {
        Extraction e = read("We respect your privacy.\n\nShop Ltd, 1 High Street, London SW1A 1AA, hello@shop.example\n");
        assertTrue(quotes(e, "contact.channel").stream().anyMatch(q -> q.startsWith("Shop Ltd")), quotes(e, "contact.channel").toString());
        Value email = e.values().stream().filter(v -> v.kind() == ValueKind.EMAIL).findFirst().orElseThrow();
        assertEquals("contact.channel", email.topic());
    }

    @Test
    void aLinkAloneOrProseIsNoContactBlock() throws Exception {
        Extraction link = read("We respect your privacy.\n\nhttps://www.networkadvertising.org/choices\n");
        assertTrue(quotes(link, "contact.channel").isEmpty(), quotes(link, "contact.channel").toString());
        Extraction prose = read("We respect your privacy.\n\nOur shop at 1 High Street, London SW1A 1AA sells tea and coffee to our many customers.\n");
        assertTrue(quotes(prose, "contact.channel").isEmpty(), quotes(prose, "contact.channel").toString());
    }

    @Test
    void anOfficersAddressKeepsItsOwnReading() throws Exception {
        Extraction e = read("We respect your privacy.\n\nAttn: Data Protection Officer, Shop Ltd, 1 High Street, London SW1A 1AA, dpo@shop.example\n");
        assertTrue(quotes(e, "contact.privacy-officer").stream().anyMatch(q -> q.startsWith("Attn")), quotes(e, "contact.privacy-officer").toString());
        assertTrue(quotes(e, "contact.channel").isEmpty(), quotes(e, "contact.channel").toString());
    }

    @Test
    void aContactBlockUnderABareLabelIsAContactChannel() throws Exception {
        // "Outside US:" leads in, but reads no topic that would name whose number it is.
        Extraction e = read("We respect your privacy.\n\nOutside US:\n\n801-494-8462\n");
        assertTrue(quotes(e, "contact.channel").stream().anyMatch(q -> q.startsWith("801-494-8462")), quotes(e, "contact.channel").toString());
        Value phone = e.values().stream().filter(v -> v.kind() == ValueKind.PHONE).findFirst().orElseThrow();
        assertEquals("contact.channel", phone.topic());
    }
}
