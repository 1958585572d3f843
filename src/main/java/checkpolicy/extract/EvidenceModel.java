package checkpolicy.extract;

import checkpolicy.extract.internal.LongMap;
import checkpolicy.extract.internal.PassageFeatures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How likely a passage the lexicon read as being about a topic is one an annotator would quote for
 * it: one logistic model per topic over {@link checkpolicy.extract.internal.PassageFeatures}.
 * Trained by {@code checkpolicy bench --train-evidence-model} on the labelled bench passages and
 * shipped as a tab-separated resource, so it is data a reviewer can read and diff.
 *
 * <p>It carries a second model of the same kind, {@link #context()}: how likely a passage near a
 * topic's readings, that no phrase of the topic matched, goes on about it ({@link TopicContext}).
 *
 * <p>File format: {@code threshold<TAB>0.25} once, then {@code topic<TAB>#bias<TAB>b} and
 * {@code topic<TAB>feature<TAB>weight} lines; the context model's lines are the same with
 * {@code context-threshold} and {@code context:topic}.
 */
public final class EvidenceModel {

    static final String RESOURCE = "/checkpolicy/extract/evidence-model.tsv";
    /** The feature name under which each topic's intercept is stored. */
    public static final String BIAS = "#bias";

    private static final String CONTEXT = "context:";
    private static final EvidenceModel NONE = new EvidenceModel(0, Map.of());

    private final double threshold;
    /** Null for none; read on first use, since only reports that show facts need it (a JSON report). */
    private final java.util.function.Supplier<EvidenceModel> context;
    /** The topics judged, sorted; a topic's place here indexes {@link #bias} and every {@link Weights}. */
    private final String[] topics;
    private final Map<String, Integer> topicIndex = new HashMap<>();
    private final double[] bias;
    /**
     * Weights by feature rather than by topic: a passage's features are looked up once for every
     * topic at the same time ({@link #partial}), which is what a passage read for several topics,
     * or judged as the continuation of several, needs.
     */
    private final Map<String, Weights> byFeature = new HashMap<>();
    /** The word, heading-word and word-pair features again, keyed by stem code: no string per lookup. */
    private final LongMap<Weights> words;
    private final LongMap<Weights> headingWords;
    private final LongMap<Weights> pairs;
    /** The weights of "heading", "body" and "len0".."len5", which every passage has one of each. */
    private final Weights headingKind;
    private final Weights bodyKind;
    private final Weights[] lengthBands = new Weights[6];

    /** One feature's weights: for {@code topics[i]} (indexes, ascending) the weight {@code values[i]}. */
    private record Weights(int[] topics, double[] values) {

        double of(int topic) {
            int i = java.util.Arrays.binarySearch(topics, topic);
            return i < 0 ? 0 : values[i];
        }
    }

    public EvidenceModel(double threshold, Map<String, Map<String, Double>> weights) {
        this(threshold, weights, null);
    }

    /** @param context the model of passages that continue a topic; null for none */
    public EvidenceModel(double threshold, Map<String, Map<String, Double>> weights, EvidenceModel context) {
        this(threshold, Builder.of(weights), context == null ? null : () -> context);
    }

    private EvidenceModel(double threshold, Builder built, java.util.function.Supplier<EvidenceModel> context) {
        this.threshold = threshold;
        this.context = context;
        this.topics = built.topics.toArray(new String[0]);
        this.bias = java.util.Arrays.copyOf(built.bias, topics.length);
        for (int t = 0; t < topics.length; t++) topicIndex.put(topics[t], t);
        this.words = new LongMap<>(built.features.size());
        this.headingWords = new LongMap<>(built.features.size() / 8);
        this.pairs = new LongMap<>(built.features.size());
        built.features.forEach((feature, pairsOf) -> {
            Weights w = pairsOf.weights();
            byFeature.put(feature, w);
            if (feature.startsWith("w:")) words.put(PassageFeatures.code(feature.substring(2)), w);
            else if (feature.startsWith("h:")) headingWords.put(PassageFeatures.code(feature.substring(2)), w);
            else if (feature.startsWith("b:")) {
                int cut = feature.indexOf('_');
                pairs.put(PassageFeatures.code(feature.substring(2, cut)) * PassageFeatures.STEM_CODES
                        + PassageFeatures.code(feature.substring(cut + 1)), w);
            }
        });
        this.headingKind = byFeature.get("heading");
        this.bodyKind = byFeature.get("body");
        for (int band = 0; band < lengthBands.length; band++) lengthBands[band] = byFeature.get("len" + band);
    }

    /** Gathers weights line by line, as the file lists them, into the shape the model looks them up in. */
    private static final class Builder {
        final List<String> topics = new java.util.ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();
        double[] bias = new double[16];
        final Map<String, Pairs> features = new HashMap<>();

        static Builder of(Map<String, Map<String, Double>> weights) {
            Builder b = new Builder();
            new TreeMap<>(weights).forEach((topic, w) -> new TreeMap<>(w).forEach((f, v) -> b.add(topic, f, v)));
            return b;
        }

        void add(String topic, String feature, double weight) {
            Integer t = index.get(topic);
            if (t == null) {
                t = topics.size();
                index.put(topic, t);
                topics.add(topic);
                if (t == bias.length) bias = java.util.Arrays.copyOf(bias, t * 2);
            }
            if (feature.equals(BIAS)) bias[t] = weight;
            else features.computeIfAbsent(feature, f -> new Pairs()).add(t, weight);
        }
    }

    /** One feature's weights as they are gathered. */
    private static final class Pairs {
        int[] topics = new int[2];
        double[] values = new double[2];
        int size;

        void add(int topic, double value) {
            if (size == topics.length) {
                topics = java.util.Arrays.copyOf(topics, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            topics[size] = topic;
            values[size++] = value;
        }

        /** Sorted by topic, as {@link Weights#of} searches them; a file lists each topic's lines together, so they usually are. */
        Weights weights() {
            int[] ts = java.util.Arrays.copyOf(topics, size);
            double[] vs = java.util.Arrays.copyOf(values, size);
            for (int i = 1; i < size; i++) {
                for (int j = i; j > 0 && ts[j - 1] > ts[j]; j--) {
                    int t = ts[j]; ts[j] = ts[j - 1]; ts[j - 1] = t;
                    double v = vs[j]; vs[j] = vs[j - 1]; vs[j - 1] = v;
                }
            }
            return new Weights(ts, vs);
        }
    }

    /** A model that judges nothing: every passage the lexicon reads stays. */
    public static EvidenceModel none() {
        return NONE;
    }

    /** The model that judges passages near a topic's readings; one that judges nothing when there is none. */
    public EvidenceModel context() {
        return context == null ? NONE : context.get();
    }

    /** This model with another context model. */
    public EvidenceModel withContext(EvidenceModel model) {
        return new EvidenceModel(threshold, weights(), model);
    }

    /** The weights by topic, then feature, the bias under {@link #BIAS}. */
    private Map<String, Map<String, Double>> weights() {
        Map<String, Map<String, Double>> out = new TreeMap<>();
        for (int t = 0; t < topics.length; t++) out.computeIfAbsent(topics[t], k -> new TreeMap<>()).put(BIAS, bias[t]);
        byFeature.forEach((feature, w) -> {
            for (int i = 0; i < w.topics().length; i++) out.get(topics[w.topics()[i]]).put(feature, w.values()[i]);
        });
        return out;
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PREFETCH_STARTED = new java.util.concurrent.atomic.AtomicBoolean();

    /** Read once per process, on first use or by {@link #prefetchBundled()}. */
    private static final class Bundled {
        static final EvidenceModel MODEL = load();

        private static EvidenceModel load() {
            try (InputStream in = EvidenceModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? none() : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The model in the jar. */
    public static EvidenceModel bundled() {
        return Bundled.MODEL;
    }

    /**
     * Starts reading the model in the jar on a daemon thread: a cold check then reads it on the
     * second core while the main thread loads the lexicon, instead of after. Class initialisation
     * makes a caller of {@link #bundled()} wait for that read rather than repeat it. Once per
     * process: a cold check asks both before parsing its command line and when it builds its checker.
     */
    public static void prefetchBundled() {
        if (!PREFETCH_STARTED.compareAndSet(false, true)) return;
        Thread t = new Thread(EvidenceModel::bundled, "evidence-model-read");
        t.setDaemon(true);
        t.start();
    }

    public static EvidenceModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        double threshold = 0;
        Builder weights = new Builder();
        DeferredContext context = new DeferredContext();
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] f = fields(line);
            try {
                if (f.length == 2 && f[0].equals("threshold")) {
                    threshold = Double.parseDouble(f[1]);
                } else if (f.length == 2 && f[0].equals("context-threshold")) {
                    context.threshold = Double.parseDouble(f[1]);
                } else if (f.length == 3 && f[0].startsWith(CONTEXT)) {
                    context.lines.add(f);
                    context.lineNumbers.add(lineNo);
                } else if (f.length == 3) {
                    weights.add(f[0], f[1], number(f[2]));
                } else {
                    throw new IOException("evidence model line " + lineNo + ": expected 3 tab-separated fields");
                }
            } catch (NumberFormatException e) {
                throw new IOException("evidence model line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        return new EvidenceModel(threshold, weights, context.lines.isEmpty() ? null : context);
    }

    /**
     * The context model's lines, split but not yet made into a model: half the file, which a check
     * whose report shows no facts never needs, so a cold start does not pay for it.
     */
    private static final class DeferredContext implements java.util.function.Supplier<EvidenceModel> {
        double threshold;
        List<String[]> lines = new java.util.ArrayList<>();
        List<Integer> lineNumbers = new java.util.ArrayList<>();
        private EvidenceModel model;

        @Override
        public synchronized EvidenceModel get() {
            if (model == null) {
                Builder b = new Builder();
                for (int i = 0; i < lines.size(); i++) {
                    String[] f = lines.get(i);
                    try {
                        b.add(f[0].substring(CONTEXT.length()), f[1], number(f[2]));
                    } catch (NumberFormatException e) {
                        throw new IllegalStateException("evidence model line " + lineNumbers.get(i) + ": " + e.getMessage(), e);
                    }
                }
                model = new EvidenceModel(threshold, b, null);
                lines = null;
                lineNumbers = null;
            }
            return model;
        }
    }

    /**
     * A weight as {@link #write} writes it ("-1.2345"), read without {@code Double.parseDouble},
     * which is a fifth of reading the model at start-up: the digits make an exact integer, and one
     * division by a power of ten rounds it to the same double parsing would. Other forms are parsed.
     */
    static double number(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        long digits = 0;
        int decimals = -1;
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '.' && decimals < 0) decimals = 0;
            else if (c >= '0' && c <= '9' && k - i < 15) {
                digits = digits * 10 + (c - '0');
                if (decimals >= 0) decimals++;
            } else return Double.parseDouble(s);
        }
        if (decimals <= 0 || decimals > 8 || s.length() == i) return Double.parseDouble(s);
        double v = digits / POWERS[decimals];
        return i == 1 ? -v : v;
    }

    private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

    /** Splits on tabs without a regular expression: the model has ~23k lines to read at start-up. */
    private static String[] fields(String line) {
        int a = line.indexOf('\t');
        if (a < 0) return new String[] {line};
        int b = line.indexOf('\t', a + 1);
        if (b < 0) return new String[] {line.substring(0, a), line.substring(a + 1)};
        if (line.indexOf('\t', b + 1) >= 0) return new String[0];
        return new String[] {line.substring(0, a), line.substring(a + 1, b), line.substring(b + 1)};
    }

    public void write(Writer out) throws IOException {
        out.write("threshold\t" + number(threshold) + "\n");
        writeWeights(out, "");
        if (context != null) {
            EvidenceModel c = context.get();
            out.write("context-threshold\t" + number(c.threshold) + "\n");
            c.writeWeights(out, CONTEXT);
        }
    }

    private void writeWeights(Writer out, String prefix) throws IOException {
        for (Map.Entry<String, Map<String, Double>> t : weights().entrySet()) {
            for (Map.Entry<String, Double> w : new TreeMap<>(t.getValue()).entrySet()) {
                out.write(prefix + t.getKey() + "\t" + w.getKey() + "\t" + number(w.getValue()) + "\n");
            }
        }
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

    public double threshold() {
        return threshold;
    }

    public boolean judges(String topic) {
        return topicIndex.containsKey(topic);
    }

    /**
     * A passage's own features, looked up once however many topics it is then judged for.
     *
     * @param passage sorted, so each topic's sum is made in one order and is the same everywhere
     */
    public Passage passage(java.util.SortedSet<String> passage) {
        java.util.List<Weights> found = new java.util.ArrayList<>(passage.size());
        for (String f : passage) {
            Weights w = byFeature.get(f);
            if (w != null) found.add(w);
        }
        return new Passage(found.toArray(new Weights[0]));
    }

    /**
     * The same passage as {@code passage(PassageFeatures.ofPassage(sentence, heading, isHeading))},
     * looked up by stem code rather than by feature name; the sums come in another, fixed order.
     */
    public Passage passage(String sentence, String heading, boolean isHeading) {
        int[] stems = PassageFeatures.stemCodes(sentence);
        java.util.List<Weights> found = new java.util.ArrayList<>(stems.length * 2 + 4);
        lookUp(widened(stems), words, found);
        long[] pairKeys = new long[Math.max(0, stems.length - 1)];
        for (int i = 1; i < stems.length; i++) pairKeys[i - 1] = stems[i - 1] * PassageFeatures.STEM_CODES + stems[i];
        lookUp(pairKeys, pairs, found);
        lookUp(widened(PassageFeatures.stemCodes(heading)), headingWords, found);
        Weights kind = isHeading ? headingKind : bodyKind;
        if (kind != null) found.add(kind);
        Weights length = lengthBands[Math.min(stems.length / 10, 5)];
        if (length != null) found.add(length);
        return new Passage(found.toArray(new Weights[0]));
    }

    private static long[] widened(int[] codes) {
        long[] out = new long[codes.length];
        for (int i = 0; i < codes.length; i++) out[i] = codes[i];
        return out;
    }

    /** Each distinct key's weights, in key order: a feature counts once however often it occurs. */
    private static void lookUp(long[] keys, LongMap<Weights> table, java.util.List<Weights> found) {
        java.util.Arrays.sort(keys);
        for (int i = 0; i < keys.length; i++) {
            if (i > 0 && keys[i] == keys[i - 1]) continue;
            Weights w = table.get(keys[i]);
            if (w != null) found.add(w);
        }
    }

    /** The weights of a passage's features this model knows, in the passage's feature order. */
    public static final class Passage {
        private final Weights[] weights;

        private Passage(Weights[] weights) {
            this.weights = weights;
        }
    }

    /** Probability that a passage is quotable for the topic, given its features for this topic too; 1 for a topic the model does not know. */
    public double probability(String topic, Passage passage, java.util.List<String> others) {
        Integer t = topicIndex.get(topic);
        if (t == null) return 1;
        double z = bias[t];
        for (Weights w : passage.weights) z += w.of(t);
        for (String f : others) {
            Weights w = byFeature.get(f);
            if (w != null) z += w.of(t);
        }
        return 1 / (1 + StrictMath.exp(-z)); // StrictMath: the same bits under every JIT, so the same passages are kept
    }

    /** The same as {@link #probability(String, java.util.SortedSet)} over the two parts of a passage's features, in order. */
    public double probability(String topic, java.util.SortedSet<String> passage, java.util.List<String> others) {
        return probability(topic, passage(passage), others);
    }

    /** Probability that the passage is quotable for the topic; 1 for a topic the model does not know. */
    public double probability(String topic, java.util.SortedSet<String> sortedFeatures) {
        return probability(topic, sortedFeatures, java.util.List.of());
    }
}
