package checkpolicy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.Checker;
import checkpolicy.facts.Disclosure;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.DocumentReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passages read from context: drawn near a topic's readings, judged by the model, never judged by rules. */
class TopicContextTest {

    private static final Checker CHECKER = Checker.forRuleSets(List.of("dpdp-india"));

    // No headings, as in many plain-text policies: what ties a passage to a topic is its neighbour.
    private static final String POLICY = String.join("\n",
            "We use encryption to protect your personal data.", "",
            "Only the staff who need it can see it, and we review who they are every year.", "",
            "Our office is open from nine to five, Monday to Friday.", "",
            "We will email you a receipt for each order.", "");

    private static PolicyDocument read(Path dir, String text) throws Exception {
        Path f = dir.resolve("policy.md");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return new PolicyReader().read(f);
    }

    /** A context model that trusts any passage right after one read for the topic. */
    private static EvidenceModel trustingTheNextPassage(String topic, double weight) {
        return EvidenceModel.none().withContext(new EvidenceModel(0.5,
                Map.of(topic, Map.of(EvidenceModel.BIAS, -3.0, "c:after", weight))));
    }

    private static int lineOf(PolicyDocument doc, String text) {
        return doc.text().substring(0, doc.text().indexOf(text)).split("\n", -1).length;
    }

    @Test
    void readsThePassageThatGoesOnAndNothingFurther(@TempDir Path dir) throws Exception {
        PolicyDocument doc = read(dir, POLICY);
        Extraction x = CHECKER.withEvidenceModel(trustingTheNextPassage("security", 6)).extract(doc);
        assertEquals(List.of(lineOf(doc, "We use encryption")), lines(x.disclosures(), "security"), "the lexicon reads one");
        assertEquals(List.of(lineOf(doc, "Only the staff")), lines(x.context(), "security"));
        assertTrue(x.context().stream().allMatch(d -> d.topic().equals("security")), x.context().toString());
    }

    private static List<Integer> lines(List<Disclosure> ds, String topic) {
        return ds.stream().filter(d -> d.topic().equals(topic)).map(d -> d.evidence().line()).toList();
    }

    @Test
    void aModelThatDoesNotTrustTheTiesAddsNothing(@TempDir Path dir) throws Exception {
        PolicyDocument doc = read(dir, POLICY);
        assertTrue(CHECKER.withEvidenceModel(trustingTheNextPassage("security", 2)).extract(doc).context().isEmpty());
        assertTrue(CHECKER.withEvidenceModel(EvidenceModel.none()).extract(doc).context().isEmpty());
    }

    @Test
    void aTopicNoPassageAffirmsIsNeverContinued(@TempDir Path dir) throws Exception {
        PolicyDocument doc = read(dir, POLICY.replace("We use encryption to protect your personal data.", "Here is how it goes."));
        assertTrue(CHECKER.withEvidenceModel(trustingTheNextPassage("security", 6)).extract(doc).context().isEmpty());
    }

    @Test
    void aTopicThatNeedsAStatedValueIsNeverReadFromContext() {
        assertFalse(CHECKER.mayContinue("retention.period"));
        assertTrue(CHECKER.mayContinue("purpose"));
    }

    @Test
    void rulesNeverSeeContextPassagesSoNoVerdictChanges() throws Exception {
        List<Path> fixtures;
        try (Stream<Path> s = Files.list(Path.of("fixtures"))) {
            fixtures = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Checker withoutContext = CHECKER.withEvidenceModel(EvidenceModel.bundled().withContext(EvidenceModel.none()));
        int read = 0;
        for (Path f : fixtures) {
            PolicyDocument doc = new PolicyReader().read(f);
            DocumentReport with = CHECKER.check(doc, Checker.Options.defaults());
            DocumentReport without = withoutContext.check(doc, Checker.Options.defaults());
            assertEquals(without.results(), with.results(), f.toString());
            assertEquals(without.facts(), with.facts(), f.toString());
            assertTrue(without.context().isEmpty());
            DocumentReport unread = CHECKER.withoutContext().check(doc, Checker.Options.defaults());
            assertEquals(with.results(), unread.results(), f.toString());
            assertTrue(unread.context().isEmpty());
            read += with.context().size();
        }
        assertTrue(read > 0, "the shipped model read no passage of the seed policies from context");
    }
}
