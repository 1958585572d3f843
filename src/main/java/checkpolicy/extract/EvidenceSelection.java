package checkpolicy.extract;

import checkpolicy.extract.internal.PassageFeatures;
import checkpolicy.facts.Disclosure;
import checkpolicy.ingest.Block;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drops the passages an {@link EvidenceModel} judges to mention a topic only in passing, but always
 * keeps the {@value #ALWAYS_KEPT} most quotable passages per topic, polarity and kind (heading or
 * body): what a document is found to affirm or deny never changes. Rules see the dropped passages
 * too ({@link Extraction#passing()}) and compare a topic's quoted-passage count with 0, 1 or 2 at
 * most, so no verdict changes either. Only which passages stand as evidence does.
 */
public final class EvidenceSelection {

    static final int ALWAYS_KEPT = 2;

    private EvidenceSelection() {}

    public static List<Disclosure> select(List<Disclosure> found, PolicyDocument doc, EvidenceModel model) {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            Disclosure d = found.get(i);
            groups.computeIfAbsent(d.topic() + '\u0000' + d.polarity() + '\u0000' + d.heading(), k -> new ArrayList<>()).add(i);
        }
        // Only a group with more passages than are always kept, on a topic the model knows, is scored.
        groups.values().removeIf(g -> g.size() <= ALWAYS_KEPT || !model.judges(found.get(g.get(0)).topic()));
        if (groups.isEmpty()) return found;

        Map<Integer, Set<String>> topicsBySentence = topicsBySentence(found);
        Map<Integer, Set<String>> headingTopics = headingTopicsBySection(found);
        List<Sentence> sentences = doc.sentences(); // built anew on each call: once here, not per passage
        Map<Long, EvidenceModel.Passage> passages = new HashMap<>(); // a passage's own features, looked up once for every topic
        boolean[] keep = new boolean[found.size()];
        java.util.Arrays.fill(keep, true);
        for (List<Integer> group : groups.values()) {
            Map<Integer, Double> p = new HashMap<>();
            for (int i : group) {
                Disclosure d = found.get(i);
                EvidenceModel.Passage passage = passages.computeIfAbsent(d.sentence() * 2L + (d.heading() ? 1 : 0),
                        k -> model.passage(sentence(d, sentences), heading(d, doc), d.heading()));
                p.put(i, model.probability(d.topic(), passage, surroundings(d, topicsBySentence, headingTopics)));
            }
            // most quotable first; document order breaks ties, so the choice is stable
            group.sort(Comparator.comparingDouble((Integer i) -> -p.get(i)).thenComparingInt(i -> i));
            for (int r = ALWAYS_KEPT; r < group.size(); r++) {
                int i = group.get(r);
                keep[i] = p.get(i) >= model.threshold();
            }
        }
        List<Disclosure> kept = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) if (keep[i]) kept.add(found.get(i));
        return kept;
    }

    /** What selection dropped: the passages of {@code found} not in {@code kept}, a subsequence of it. */
    public static List<Disclosure> rest(List<Disclosure> found, List<Disclosure> kept) {
        if (kept.size() == found.size()) return List.of();
        List<Disclosure> out = new ArrayList<>(found.size() - kept.size());
        int k = 0;
        for (Disclosure d : found) {
            if (k < kept.size() && kept.get(k) == d) k++;
            else out.add(d);
        }
        return out;
    }

    /** The topics read in each sentence, by sentence index: a feature of every passage in it. */
    public static Map<Integer, Set<String>> topicsBySentence(List<Disclosure> found) {
        Map<Integer, Set<String>> out = new HashMap<>();
        for (Disclosure d : found) out.computeIfAbsent(d.sentence(), k -> new TreeSet<>()).add(d.topic());
        return out;
    }

    /** The topics each section's heading was read for, by section index. */
    public static Map<Integer, Set<String>> headingTopicsBySection(List<Disclosure> found) {
        Map<Integer, Set<String>> out = new HashMap<>();
        for (Disclosure d : found) if (d.heading()) out.computeIfAbsent(d.section(), k -> new TreeSet<>()).add(d.topic());
        return out;
    }

    /**
     * What ties a passage to its topic beyond its own words: the other topics read in its sentence,
     * whether its section's heading is about the topic ({@code s:heading}), and whether the sentence
     * before or after is read for it too ({@code s:near}): annotators quote a passage that goes on
     * about a topic, not one that mentions it in passing.
     */
    static List<String> surroundings(Disclosure d, Map<Integer, Set<String>> topicsBySentence,
                                     Map<Integer, Set<String>> headingTopics) {
        List<String> out = new ArrayList<>(PassageFeatures.otherTopics(d.topic(), topicsBySentence.getOrDefault(d.sentence(), Set.of())));
        if (!d.heading() && headingTopics.getOrDefault(d.section(), Set.of()).contains(d.topic())) out.add("s:heading");
        if (topicsBySentence.getOrDefault(d.sentence() - 1, Set.of()).contains(d.topic())
                || topicsBySentence.getOrDefault(d.sentence() + 1, Set.of()).contains(d.topic())) out.add("s:near");
        return out;
    }

    /** What the model weighs for one passage; the trainer must see exactly what selection sees. */
    public static Set<String> features(Disclosure d, PolicyDocument doc, List<Sentence> sentences,
                                       Map<Integer, Set<String>> topicsBySentence, Map<Integer, Set<String>> headingTopics) {
        Set<String> out = passageFeatures(d, doc, sentences);
        out.addAll(surroundings(d, topicsBySentence, headingTopics));
        return out;
    }

    private static java.util.SortedSet<String> passageFeatures(Disclosure d, PolicyDocument doc, List<Sentence> sentences) {
        return PassageFeatures.ofPassage(sentence(d, sentences), heading(d, doc), d.heading());
    }

    private static String sentence(Disclosure d, List<Sentence> sentences) {
        return d.sentence() >= 0 && d.sentence() < sentences.size() ? sentences.get(d.sentence()).text() : d.evidence().quote();
    }

    private static String heading(Disclosure d, PolicyDocument doc) {
        return d.section() >= 0 ? doc.heading(d.section()).map(Block::text).orElse("") : "";
    }
}
