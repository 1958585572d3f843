package checkpolicy.extract;

import checkpolicy.extract.internal.PassageFeatures;
import checkpolicy.facts.Disclosure;
import checkpolicy.ingest.Block;
import checkpolicy.ingest.BlockKind;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Predicate;

/**
 * Where a document goes on about a topic without naming it: the passages near what the lexicon
 * read about a topic, in the same section or a few paragraphs away, that no phrase of the topic
 * matched ("You can also make choices about…" under "How to access and control your data").
 * Each such passage is a candidate that an {@link EvidenceModel} trained for it judges; the
 * trainer and the extractor draw candidates and their features here, so both see the same.
 */
public final class TopicContext {

    /**
     * One passage that may continue a topic: the sentence, its block, and what the model weighs,
     * in two parts: the passage's own features (shared by every topic) and those tying it to this topic.
     */
    public record Candidate(String topic, Sentence sentence, Block block, String heading, List<String> ties) {

        /** Every feature by name, as the trainer needs them. */
        public SortedSet<String> features() {
            SortedSet<String> all = PassageFeatures.ofPassage(sentence.text(), heading, block.kind() == BlockKind.HEADING);
            all.addAll(ties);
            return all;
        }

        EvidenceModel.Passage passage(EvidenceModel model) {
            return model.passage(sentence.text(), heading, block.kind() == BlockKind.HEADING);
        }
    }

    private TopicContext() {}

    /**
     * @param read   what the lexicon read in the document, before any selection
     * @param judged the topics a model can judge; others give no candidates
     */
    public static List<Candidate> candidates(PolicyDocument doc, List<Disclosure> read, Predicate<String> judged) {
        TopicReadings readings = TopicReadings.of(doc, read, judged);
        Map<Integer, Set<String>> topicsBySentence = EvidenceSelection.topicsBySentence(read);
        List<Candidate> out = new ArrayList<>();
        for (String topic : readings.topics()) {
            if (!readings.affirmed(topic)) continue;
            String family = family(topic);
            for (Block b : doc.blocks()) {
                if (readings.readIn(topic, b.index()) || b.sentences().isEmpty()) continue; // that passage is quoted already
                List<String> context = readings.ties(topic, b);
                if (context.isEmpty()) continue;
                // a heading is a passage of its own, not one of its section's
                String heading = b.kind() == BlockKind.HEADING ? "" : doc.heading(b.section()).map(Block::text).orElse("");
                for (Sentence s : b.sentences()) {
                    Set<String> others = topicsBySentence.getOrDefault(s.index(), Set.of());
                    // a sentence read for a kindred topic ("collection.data-items" beside
                    // "collection.automatic") says what it says more precisely already
                    if (others.stream().anyMatch(o -> family(o).equals(family))) continue;
                    List<String> ties = new ArrayList<>(context);
                    if (others.isEmpty()) ties.add("t:none");
                    ties.addAll(PassageFeatures.otherTopics(topic, others));
                    out.add(new Candidate(topic, s, b, heading, ties));
                }
            }
        }
        return out;
    }

    /**
     * The passages the model judges to continue a topic, at most one per topic and block (the most
     * likely sentence; a block is one passage to quote), in document order then topic order.
     */
    public static List<Disclosure> continuations(PolicyDocument doc, List<Disclosure> read, EvidenceModel model,
                                                 Predicate<String> mayContinue) {
        record Scored(Candidate candidate, double p) {}
        Map<String, Scored> best = new HashMap<>(); // by topic and block
        Map<Integer, EvidenceModel.Passage> passages = new HashMap<>(); // a sentence's own features, looked up once for every topic
        for (Candidate c : candidates(doc, read, t -> model.judges(t) && mayContinue.test(t))) {
            EvidenceModel.Passage passage = passages.computeIfAbsent(c.sentence().index(), i -> c.passage(model));
            double p = model.probability(c.topic(), passage, c.ties());
            if (p < model.threshold()) continue;
            // strictly greater: the first sentence wins a tie
            best.merge(c.topic() + '\u0000' + c.block().index(), new Scored(c, p), (old, now) -> now.p() > old.p() ? now : old);
        }
        List<Candidate> kept = new ArrayList<>(best.size());
        best.values().forEach(s -> kept.add(s.candidate()));
        kept.sort(java.util.Comparator.comparingInt((Candidate c) -> c.sentence().index()).thenComparing(Candidate::topic));
        List<Disclosure> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            out.add(new Disclosure(c.topic(), checkpolicy.facts.Polarity.AFFIRMS, checkpolicy.facts.Modality.STATED,
                    doc.span(c.sentence().start(), c.sentence().end()), c.block().section(), c.sentence().index(), false));
        }
        return out;
    }

    /** The first part of a topic's name: "collection" for "collection.automatic". */
    static String family(String topic) {
        int dot = topic.indexOf('.');
        return dot < 0 ? topic : topic.substring(0, dot);
    }
}
