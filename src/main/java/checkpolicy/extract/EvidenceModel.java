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
 * <p>File format: {@code threshold<TAB>0.25} once, then {@code topic<TAB>#bias<TAB>b} and
 * {@code topic<TAB>feature<TAB>weight} lines.
 */
public final class EvidenceModel {

    static final String RESOURCE = "/checkpolicy/extract/evidence-model.tsv";
    /** The feature name under which each topic's intercept is stored. */
    public static final String BIAS = "#bias";

    private final double threshold;
    private final Map<String, Map<String, Double>> weights;

    public EvidenceModel(double threshold, Map<String, Map<String, Double>> weights) {
        this.threshold = threshold;
        // hash maps for lookups at start-up and per passage; write() sorts, so the file stays stable
        Map<String, Map<String, Double>> copy = new HashMap<>();
        weights.forEach((t, w) -> copy.put(t, java.util.Collections.unmodifiableMap(new HashMap<>(w))));
        this.weights = copy;
    }

    /** A model that judges nothing: every passage the lexicon reads stays. */
    public static EvidenceModel none() {
        return new EvidenceModel(0, Map.of());
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
        Map<String, Map<String, Double>> weights = new TreeMap<>();
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] f = fields(line);
            try {
                if (f.length == 2 && f[0].equals("threshold")) {
                    threshold = Double.parseDouble(f[1]);
                } else if (f.length == 3) {
                    weights.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Double.parseDouble(f[2]));
                } else {
                    throw new IOException("evidence model line " + lineNo + ": expected 3 tab-separated fields");
                }
            } catch (NumberFormatException e) {
                throw new IOException("evidence model line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        return new EvidenceModel(threshold, weights);
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
        for (Map.Entry<String, Map<String, Double>> t : new TreeMap<>(weights).entrySet()) {
            for (Map.Entry<String, Double> w : new TreeMap<>(t.getValue()).entrySet()) {
                out.write(t.getKey() + "\t" + w.getKey() + "\t" + number(w.getValue()) + "\n");
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
