package checkpolicy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.Checker;
import checkpolicy.facts.Disclosure;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The evidence model changes which passages are quoted, never what a policy is found to affirm or deny. */
class EvidenceSelectionTest {

    private static final Checker CHECKER = Checker.forRuleSets(List.of("dpdp-india"));

    private static List<Path> fixtures() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("fixtures"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Set<String> topicsAndPolarities(List<Disclosure> ds) {
        return ds.stream().map(d -> d.topic() + " " + d.polarity()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void keepsEveryTopicAndPolarityAndDropsOnlyPassingMentions() throws Exception {
        int dropped = 0;
        for (Path f : fixtures()) {
            PolicyDocument doc = new PolicyReader().read(f);
            List<Disclosure> all = CHECKER.withEvidenceModel(EvidenceModel.none()).extract(doc).disclosures();
            List<Disclosure> kept = CHECKER.extract(doc).disclosures();
            assertEquals(topicsAndPolarities(all), topicsAndPolarities(kept), f.toString());
            assertTrue(all.containsAll(kept), f + ": selection only removes");
            dropped += all.size() - kept.size();
        }
        assertTrue(dropped > 0, "the shipped model judged no passage of the seed policies to be a passing mention");
    }

    @Test
    void noVerdictOfAnyBundledRuleSetDependsOnTheModel() throws Exception {
        Checker all = Checker.forRuleSets(checkpolicy.rules.BundledRuleSets.onClasspath().ids());
        Checker raw = all.withEvidenceModel(EvidenceModel.none());
        int checked = 0;
        for (Path f : fixtures()) {
            PolicyDocument doc = new PolicyReader().read(f);
            java.util.Map<String, java.util.Map<String, Double>> weights = new java.util.TreeMap<>();
            for (Disclosure d : raw.extract(doc).disclosures()) weights.put(d.topic(), java.util.Map.of(EvidenceModel.BIAS, -20.0));
            Checker rejecting = all.withEvidenceModel(new EvidenceModel(0.5, weights));
            assertTrue(rejecting.extract(doc).disclosures().size() < raw.extract(doc).disclosures().size());
            List<String> expected = verdicts(raw.check(doc, Checker.Options.defaults()));
            List<String> actual = verdicts(rejecting.check(doc, Checker.Options.defaults()));
            assertEquals(List.of(), expected.stream().filter(v -> !actual.contains(v)).toList(), f + ": verdicts the model changed");
            assertEquals(expected.size(), actual.size());
            checked += expected.size();
        }
        assertTrue(checked > 100, "too few verdicts compared: " + checked);
    }

    private static List<String> verdicts(checkpolicy.report.DocumentReport report) {
        return report.results().stream().flatMap(r -> r.assessments().stream()
                .map(a -> r.ruleset() + " " + a.requirement().id() + " " + a.finding().status())).toList();
    }

    @Test
    void aModelThatRejectsEverythingStillKeepsTheTwoBestPassagesPerTopic() throws Exception {
        PolicyDocument doc = new PolicyReader().read(fixtures().get(0));
        List<Disclosure> all = CHECKER.withEvidenceModel(EvidenceModel.none()).extract(doc).disclosures();
        java.util.Map<String, java.util.Map<String, Double>> weights = new java.util.TreeMap<>();
        for (Disclosure d : all) weights.put(d.topic(), java.util.Map.of(EvidenceModel.BIAS, -20.0));
        List<Disclosure> kept = EvidenceSelection.select(all, doc, new EvidenceModel(0.5, weights));
        assertEquals(topicsAndPolarities(all), topicsAndPolarities(kept));
        assertTrue(kept.size() < all.size());
    }

    private static Disclosure passage(String topic, int section, int sentence, boolean heading) {
        return new Disclosure(topic, checkpolicy.facts.Polarity.AFFIRMS, checkpolicy.facts.Modality.STATED,
                new checkpolicy.facts.Span(sentence + 1, 1, sentence + 1, 2, "x"), section, sentence, heading);
    }

    @Test
    void aPassageIsWeighedWithWhatSurroundsIt() {
        Disclosure heading = passage("retention", 3, 10, true);
        Disclosure first = passage("retention", 3, 11, false);
        Disclosure second = passage("retention", 3, 12, false);
        Disclosure aside = passage("retention", 4, 20, false);
        Disclosure security = passage("security", 4, 20, false);
        List<Disclosure> found = List.of(heading, first, second, aside, security);
        var topics = EvidenceSelection.topicsBySentence(found);
        var headings = EvidenceSelection.headingTopicsBySection(found);
        assertEquals(List.of("s:heading", "s:near"), EvidenceSelection.surroundings(second, topics, headings),
                "under a heading about its topic, beside another passage about it");
        assertEquals(List.of("t:security"), EvidenceSelection.surroundings(aside, topics, headings),
                "a mention beside another topic, in a section about something else");
    }
}
