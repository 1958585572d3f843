package checkpolicy.bench;

import checkpolicy.Checker;
import checkpolicy.extract.EvidenceModel;
import checkpolicy.extract.EvidenceSelection;
import checkpolicy.extract.Extraction;
import checkpolicy.facts.Disclosure;
import checkpolicy.ingest.IngestException;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains the {@link EvidenceModel} from the corpora whose passages are annotated (OPP-115,
 * GoPPC-150): every passage the lexicon reads as being about a topic is an example, quotable when
 * its annotated segment carries a label whose topics cover that topic. Cross-validation holds out
 * whole documents, so the figures it prints are those of documents the model has not seen.
 */
public final class EvidenceTrainer {

    /** One read passage: which document (for folds), its topic, what the model weighs, and the annotators' answer. */
    public record Example(String doc, String topic, Set<String> features, boolean quotable) {}

    /** A document read once without any model, to draw examples and to re-select evidence per fold. */
    public record Reading(BenchCorpus corpus, String doc, PolicyDocument document, Extraction extraction) {}

    static final double THRESHOLD = 0.25;
    private static final int ITERATIONS = 300;
    private static final double RATE = 2.0;
    private static final double L2 = 1.0;
    private static final int MIN_EXAMPLES = 10;
    // 10 and 0.05 keep the shipped model under 1 MB for the same cross-validated figures as 3 and 0.005 (12 MB)
    private static final int MIN_FEATURE_COUNT = 10;
    private static final double SMALLEST_WEIGHT = 0.05;

    private final Checker plain;

    /** @param checker any checker; its evidence model is set aside so examples show the lexicon's raw reading */
    public EvidenceTrainer(Checker checker) {
        this.plain = checker.withEvidenceModel(EvidenceModel.none());
    }

    public List<Reading> read(List<BenchCorpus> corpora) {
        PolicyReader reader = new PolicyReader();
        List<Reading> out = new ArrayList<>();
        for (BenchCorpus c : corpora) {
            if (c.segments().isEmpty()) continue;
            for (Map.Entry<String, java.nio.file.Path> e : new TreeMap<>(c.files()).entrySet()) {
                try {
                    PolicyDocument doc = reader.read(e.getValue());
                    out.add(new Reading(c, e.getKey(), doc, plain.extract(doc)));
                } catch (IngestException ignored) {
                    // an unreadable document gives no examples
                }
            }
        }
        return out;
    }

    public static List<Example> examples(Reading r) {
        List<Example> out = new ArrayList<>();
        List<Disclosure> found = r.extraction().disclosures();
        Map<Integer, Set<String>> topics = EvidenceSelection.topicsBySentence(found);
        List<checkpolicy.ingest.Sentence> sentences = r.document().sentences();
        List<BenchCorpus.Segment> segments = r.corpus().segments().getOrDefault(r.doc(), List.of());
        for (Disclosure d : found) {
            int line = d.evidence().line();
            BenchCorpus.Segment seg = segments.stream().filter(s -> s.contains(line)).findFirst().orElse(null);
            if (seg == null) continue;
            boolean quotable = r.corpus().labels().entrySet().stream()
                    .anyMatch(l -> seg.labels().contains(l.getKey()) && BenchScorer.covers(d.topic(), l.getValue()));
            out.add(new Example(r.corpus().name() + "/" + r.doc(), d.topic(),
                    EvidenceSelection.features(d, r.document(), sentences, topics), quotable));
        }
        return out;
    }

    /** Scores per corpus when each document's evidence is selected by a model trained on the other folds. */
    public List<BenchScorer.Result> crossValidate(List<Reading> readings, int folds) {
        List<List<Example>> examples = readings.stream().map(EvidenceTrainer::examples).toList();
        List<List<BenchScorer.Fact>> selected = new ArrayList<>(java.util.Collections.nCopies(readings.size(), null));
        for (int k = 0; k < folds; k++) {
            List<Example> training = new ArrayList<>();
            for (int i = 0; i < readings.size(); i++) if (i % folds != k) training.addAll(examples.get(i));
            Checker selecting = plain.withEvidenceModel(train(training));
            for (int i = k; i < readings.size(); i += folds) {
                selected.set(i, BenchScorer.facts(selecting.extract(readings.get(i).document())));
            }
        }
        return scoreByCorpus(readings, selected);
    }

    /** Scores per corpus of the lexicon's reading alone, from the extractions already made. */
    public static List<BenchScorer.Result> withoutModel(List<Reading> readings) {
        return scoreByCorpus(readings, readings.stream().map(r -> BenchScorer.facts(r.extraction())).toList());
    }

    /** @param facts the facts of each reading, in the same order */
    private static List<BenchScorer.Result> scoreByCorpus(List<Reading> readings, List<List<BenchScorer.Fact>> facts) {
        Map<String, BenchCorpus> corpora = new java.util.LinkedHashMap<>();
        Map<String, Map<String, List<BenchScorer.Fact>>> byCorpus = new TreeMap<>();
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            corpora.putIfAbsent(r.corpus().name(), r.corpus());
            byCorpus.computeIfAbsent(r.corpus().name(), c -> new TreeMap<>()).put(r.doc(), facts.get(i));
        }
        List<BenchScorer.Result> out = new ArrayList<>();
        corpora.forEach((name, corpus) -> out.add(new BenchScorer().score(corpus, byCorpus.get(name))));
        return out;
    }

    /** One logistic model per topic with enough examples; full-batch gradient descent, so the result is the same every run. */
    public EvidenceModel train(List<Example> examples) {
        Map<String, List<Example>> byTopic = new TreeMap<>();
        for (Example e : examples) byTopic.computeIfAbsent(e.topic(), k -> new ArrayList<>()).add(e);
        Map<String, Map<String, Double>> weights = new TreeMap<>();
        byTopic.forEach((topic, list) -> {
            if (list.size() >= MIN_EXAMPLES) weights.put(topic, LogisticRegression.fit(list, ITERATIONS, RATE, L2, MIN_FEATURE_COUNT, SMALLEST_WEIGHT));
        });
        return new EvidenceModel(THRESHOLD, weights);
    }
}
