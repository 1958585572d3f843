package checkpolicy.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private final Map<String, Map<String, Double>> weights;
    private final EvidenceModel context;

    public EvidenceModel(double threshold, Map<String, Map<String, Double>> weights) {
        this(threshold, weights, null);
    }

    /** @param context the model of passages that continue a topic; null for none */
    public EvidenceModel(double threshold, Map<String, Map<String, Double>> weights, EvidenceModel context) {
        this.threshold = threshold;
        this.context = context;
        // hash maps for lookups at start-up and per passage; write() sorts, so the file stays stable
        Map<String, Map<String, Double>> copy = new HashMap<>();
        weights.forEach((t, w) -> copy.put(t, java.util.Collections.unmodifiableMap(new HashMap<>(w))));
        this.weights = copy;
    }

    /** A model that judges nothing: every passage the lexicon reads stays. */
    public static EvidenceModel none() {
        return NONE;
    }

    /** The model that judges passages near a topic's readings; one that judges nothing when there is none. */
    public EvidenceModel context() {
        return context == null ? NONE : context;
    }

    /** This model with another context model. */
    public EvidenceModel withContext(EvidenceModel model) {
        return new EvidenceModel(threshold, weights, model);
    }

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
     * makes a caller of {@link #bundled()} wait for that read rather than repeat it.
     */
    public static void prefetchBundled() {
        Thread t = new Thread(EvidenceModel::bundled, "evidence-model-read");
        t.setDaemon(true);
        t.start();
    }

    public static EvidenceModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        double threshold = 0;
        double contextThreshold = 0;
        Map<String, Map<String, Double>> weights = new TreeMap<>();
        Map<String, Map<String, Double>> contextWeights = new TreeMap<>();
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] f = fields(line);
            try {
                if (f.length == 2 && f[0].equals("threshold")) {
                    threshold = Double.parseDouble(f[1]);
                } else if (f.length == 2 && f[0].equals("context-threshold")) {
                    contextThreshold = Double.parseDouble(f[1]);
                } else if (f.length == 3 && f[0].startsWith(CONTEXT)) {
                    contextWeights.computeIfAbsent(f[0].substring(CONTEXT.length()), k -> new HashMap<>())
                            .put(f[1], Double.parseDouble(f[2]));
                } else if (f.length == 3) {
                    weights.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Double.parseDouble(f[2]));
                } else {
                    throw new IOException("evidence model line " + lineNo + ": expected 3 tab-separated fields");
                }
            } catch (NumberFormatException e) {
                throw new IOException("evidence model line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        return new EvidenceModel(threshold, weights,
                contextWeights.isEmpty() ? null : new EvidenceModel(contextThreshold, contextWeights));
    }

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
            out.write("context-threshold\t" + number(context.threshold) + "\n");
            context.writeWeights(out, CONTEXT);
        }
    }

    private void writeWeights(Writer out, String prefix) throws IOException {
        for (Map.Entry<String, Map<String, Double>> t : new TreeMap<>(weights).entrySet()) {
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
        return weights.containsKey(topic);
    }

    /** The same as {@link #probability(String, Set)} over the two parts of a passage's features, in order. */
    public double probability(String topic, Set<String> passage, java.util.List<String> others) {
        Map<String, Double> w = weights.get(topic);
        if (w == null) return 1;
        double z = w.getOrDefault(BIAS, 0.0);
        for (String f : passage) z += w.getOrDefault(f, 0.0);
        for (String f : others) z += w.getOrDefault(f, 0.0);
        return 1 / (1 + StrictMath.exp(-z)); // StrictMath: the same bits under every JIT, so the same passages are kept
    }

    /** Probability that the passage is quotable for the topic; 1 for a topic the model does not know. */
    public double probability(String topic, Set<String> sortedFeatures) {
        return probability(topic, sortedFeatures, java.util.List.of());
    }
}
