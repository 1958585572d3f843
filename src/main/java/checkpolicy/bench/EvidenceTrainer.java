package checkpolicy.bench;

import checkpolicy.Checker;
import checkpolicy.extract.EvidenceModel;
import checkpolicy.extract.EvidenceSelection;
import checkpolicy.extract.Extraction;
import checkpolicy.extract.TopicContext;
import checkpolicy.facts.Disclosure;
import checkpolicy.ingest.IngestException;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
    // a passage no phrase matched is added only when more likely quotable than not
    static final double CONTEXT_THRESHOLD = 0.5;
    // a topic's context passages ship when they raise the summed evidence macro-F1 by more than this
    private static final double MIN_GAIN = 0.001;
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
        Map<Integer, Set<String>> headingTopics = EvidenceSelection.headingTopicsBySection(found);
        List<checkpolicy.ingest.Sentence> sentences = r.document().sentences();
        List<BenchCorpus.Segment> segments = r.corpus().segments().getOrDefault(r.doc(), List.of());
        for (Disclosure d : found) {
            // a corpus with no label for the topic says nothing of its passages either way
            if (!mapped(r.corpus(), d.topic())) continue;
            Boolean quotable = quotable(r, segments, d.evidence().line(), d.topic());
            if (quotable == null) continue;
            out.add(new Example(r.corpus().name() + "/" + r.doc(), d.topic(),
                    EvidenceSelection.features(d, r.document(), sentences, topics, headingTopics), quotable));
        }
        return out;
    }

    /**
     * What cross-validation found: figures with evidence selection alone and with the context
     * model too, and the topics whose context passages raised the figures (only those ship).
     */
    public record CrossValidation(List<BenchScorer.Result> selected, List<BenchScorer.Result> withContext,
                                  Set<String> contextTopics, Map<String, Double> gainAlone) {}

    /**
     * Trains both models on all folds but one and reads the held-out documents with them. The
     * context model ships only for topics whose passages, added on their own to what the topics
     * read before, raise the evidence figures summed over the corpora.
     */
    public CrossValidation crossValidate(List<Reading> readings, int folds) {
        List<List<Example>> examples = readings.stream().map(EvidenceTrainer::examples).toList();
        List<List<Example>> context = readings.stream().map(this::contextExamples).toList();
        List<Extraction> heldOut = new ArrayList<>(java.util.Collections.nCopies(readings.size(), null));
        for (int k = 0; k < folds; k++) {
            List<Example> training = new ArrayList<>();
            List<Example> contextTraining = new ArrayList<>();
            for (int i = 0; i < readings.size(); i++) {
                if (i % folds == k) continue;
                training.addAll(examples.get(i));
                contextTraining.addAll(context.get(i));
            }
            Checker reading = plain.withEvidenceModel(train(training).withContext(trainContext(contextTraining, null)));
            for (int i = k; i < readings.size(); i += folds) heldOut.set(i, reading.extract(readings.get(i).document()));
        }
        Map<String, Double> alone = gainAlone(readings, heldOut);
        Set<String> enabled = contextTopics(readings, heldOut, alone);
        return new CrossValidation(scoreWithContext(readings, heldOut, Set.of()),
                scoreWithContext(readings, heldOut, enabled), enabled, alone);
    }

    /** What each topic's context passages, added alone, raise the summed held-out figures by. */
    private static Map<String, Double> gainAlone(List<Reading> readings, List<Extraction> heldOut) {
        double none = evidenceSum(scoreWithContext(readings, heldOut, Set.of()));
        Map<String, Double> alone = new TreeMap<>();
        heldOut.forEach(x -> x.context().forEach(d -> alone.put(d.topic(), 0.0)));
        alone.replaceAll((topic, zero) -> evidenceSum(scoreWithContext(readings, heldOut, Set.of(topic))) - none);
        return alone;
    }

    /** The topics whose context passages ship: tried best alone first, kept while they raise the figures. */
    private static Set<String> contextTopics(List<Reading> readings, List<Extraction> heldOut, Map<String, Double> alone) {
        Set<String> enabled = new TreeSet<>();
        double best = evidenceSum(scoreWithContext(readings, heldOut, enabled));
        // the topics that help most on their own are tried first; the name breaks ties
        List<String> topics = new ArrayList<>(alone.keySet());
        topics.sort(java.util.Comparator.comparingDouble((String t) -> -alone.get(t)).thenComparing(t -> t));
        for (String topic : topics) {
            Set<String> trial = new TreeSet<>(enabled);
            trial.add(topic);
            double figure = evidenceSum(scoreWithContext(readings, heldOut, trial));
            if (figure > best + MIN_GAIN) {
                enabled = trial;
                best = figure;
            }
        }
        return enabled;
    }

    private static List<BenchScorer.Result> scoreWithContext(List<Reading> readings, List<Extraction> extractions,
                                                             Set<String> contextTopics) {
        List<List<BenchScorer.Fact>> facts = new ArrayList<>();
        for (Extraction x : extractions) {
            List<Disclosure> context = x.context().stream().filter(d -> contextTopics.contains(d.topic())).toList();
            facts.add(BenchScorer.facts(new Extraction(x.disclosures(), x.values(), context)));
        }
        return scoreByCorpus(readings, facts);
    }

    private static double evidenceSum(List<BenchScorer.Result> results) {
        return results.stream().mapToDouble(BenchScorer.Result::evidenceMacroF1).sum();
    }

    /**
     * Candidate passages near a topic's readings ({@link TopicContext}), quotable when their
     * segment carries a label covering the topic. Only topics some label of the corpus covers give
     * examples: for the others the corpus says nothing either way.
     */
    public List<Example> contextExamples(Reading r) {
        List<Example> out = new ArrayList<>();
        List<BenchCorpus.Segment> segments = r.corpus().segments().getOrDefault(r.doc(), List.of());
        for (TopicContext.Candidate c : TopicContext.candidates(r.document(), r.extraction().disclosures(),
                t -> mapped(r.corpus(), t) && plain.mayContinue(t))) {
            Boolean quotable = quotable(r, segments, r.document().span(c.sentence().start(), c.sentence().end()).line(), c.topic());
            if (quotable == null) continue;
            out.add(new Example(r.corpus().name() + "/" + r.doc(), c.topic(), c.features(), quotable));
        }
        return out;
    }

    /**
     * Whether a passage on this line is quotable for the topic: its annotated segment carries a
     * label covering the topic. Null when no annotated segment holds the line, which says nothing.
     */
    private static Boolean quotable(Reading r, List<BenchCorpus.Segment> segments, int line, String topic) {
        BenchCorpus.Segment seg = segments.stream().filter(s -> s.contains(line)).findFirst().orElse(null);
        if (seg == null) return null;
        return r.corpus().labels().entrySet().stream()
                .anyMatch(l -> seg.labels().contains(l.getKey()) && BenchScorer.covers(topic, l.getValue()));
    }

    private static boolean mapped(BenchCorpus corpus, String topic) {
        return corpus.labels().values().stream().anyMatch(m -> BenchScorer.covers(topic, m));
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

    /**
     * The context model: one logistic model per topic over its candidate passages.
     *
     * @param topics the topics to keep a model for; null for every topic with enough examples
     */
    public EvidenceModel trainContext(List<Example> examples, Set<String> topics) {
        Map<String, List<Example>> byTopic = new TreeMap<>();
        for (Example e : examples) {
            if (topics == null || topics.contains(e.topic())) byTopic.computeIfAbsent(e.topic(), k -> new ArrayList<>()).add(e);
        }
        Map<String, Map<String, Double>> weights = new TreeMap<>();
        byTopic.forEach((topic, list) -> {
            if (list.stream().filter(Example::quotable).count() >= MIN_EXAMPLES) {
                weights.put(topic, LogisticRegression.fit(list, ITERATIONS, RATE, L2, MIN_FEATURE_COUNT, SMALLEST_WEIGHT));
            }
        });
        return new EvidenceModel(CONTEXT_THRESHOLD, weights);
    }
}
