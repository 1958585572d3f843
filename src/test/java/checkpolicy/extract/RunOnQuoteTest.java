package checkpolicy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.Checker;
import checkpolicy.facts.Disclosure;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A long sentence run together from several is quoted by the pieces that say what was read. */
class RunOnQuoteTest {

    private static final Checker CHECKER = Checker.forRuleSets(List.of("dpdp-india"));

    // as copied from a page without its line breaks (dmoz-3000 holds 7,662 such joins)
    private static final String RUN_ON = "Please refer to the \"Do we use cookies?\" section below for information about "
            + "cookies and how we use them.How do we protect your information?Our website is scanned on a regular "
            + "basis for security holes and known vulnerabilities in order to make your visit to our site as safe as "
            + "possible.We use regular Malware Scanning.Your personal information is contained behind secured networks "
            + "and is only accessible by a limited number of persons who have special access rights to such systems.";

    private static Map<String, String> quotes(String text) throws Exception {
        PolicyDocument doc = new PolicyReader().read("policy.txt", text.getBytes(StandardCharsets.UTF_8));
        Map<String, String> out = new TreeMap<>();
        for (Disclosure d : CHECKER.withEvidenceModel(EvidenceModel.none()).extract(doc).disclosures()) {
            out.putIfAbsent(d.topic(), d.evidence().quote());
        }
        return out;
    }

    @Test
    void aRunOnSentenceIsQuotedByThePiecesThatSpeakToTheTopic() throws Exception {
        Map<String, String> quotes = quotes(RUN_ON);
        // from the first phrase read ("protect your information") to the end of the piece it stands in
        assertEquals("How do we protect your information?Our website is scanned on a regular basis for security holes "
                + "and known vulnerabilities in order to make your visit to our site as safe as possible.", quotes.get("security"));
        assertTrue(quotes.get("tracking.cookies").startsWith("Please refer to the \"Do we use cookies?\""),
                quotes.get("tracking.cookies"));
        assertTrue(quotes.get("tracking.cookies").length() < RUN_ON.length(), quotes.get("tracking.cookies"));
    }

    @Test
    void theSentenceStaysOneForTheRules() throws Exception {
        PolicyDocument doc = new PolicyReader().read("policy.txt", RUN_ON.getBytes(StandardCharsets.UTF_8));
        var read = CHECKER.withEvidenceModel(EvidenceModel.none()).extract(doc).disclosures();
        assertTrue(read.size() > 1, read.toString());
        assertTrue(read.stream().allMatch(d -> d.sentence() == read.get(0).sentence()), read.toString());
    }

    @Test
    void shortSentencesAndAddressesAreQuotedWhole() {
        String shortOne = "We keep it safe.We share it with no one.";
        assertEquals(List.of(0, shortOne.length()), bounds(shortOne, shortOne.indexOf("share"), shortOne.indexOf(" it with")));

        String padding = "x".repeat(RunOnQuote.LONG);
        String addresses = "Write to privacy@Example.org or visit www.Example.com to ask us to delete your data " + padding;
        int hit = addresses.indexOf("delete");
        assertEquals(List.of(0, addresses.length()), bounds(addresses, hit, hit + 6));
    }

    @Test
    void aPieceTooShortToReadAloneTakesTheNextOne() {
        String text = "a".repeat(RunOnQuote.LONG) + " end.We sell.Nothing else is said here of what we do with the data "
                + "you give us, now or later.";
        int hit = text.indexOf("sell");
        List<Integer> b = bounds(text, hit, hit + 4);
        assertEquals("We sell.Nothing else is said here of what we do with the data you give us, now or later.",
                text.substring(b.get(0), b.get(1)));
    }

    @Test
    void withoutAPhraseTheWholeSentenceIsTheQuote() {
        String text = "b".repeat(RunOnQuote.LONG) + " end.Contact us.";
        assertEquals(List.of(0, text.length()), bounds(text, -1, -1));
    }

    private static List<Integer> bounds(String text, int from, int to) {
        int[] b = new RunOnQuote(text, 0, text.length()).around(from, to);
        return List.of(b[0], b[1]);
    }
}
