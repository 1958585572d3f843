package checkpolicy.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** L2-regularised logistic regression over binary features, by full-batch gradient descent in a fixed order. */
final class LogisticRegression {

    private LogisticRegression() {}

    /**
     * @param minCount features seen in fewer examples are left out: they cannot generalise, and
     *                 they would make the shipped model large and slow to load
     * @param smallest weights closer to zero are dropped from the result
     */
    static Map<String, Double> fit(List<EvidenceTrainer.Example> examples, int iterations, double rate, double l2,
                                   int minCount, double smallest) {
        Map<String, Integer> counts = new TreeMap<>();
        for (EvidenceTrainer.Example e : examples) for (String f : e.features()) counts.merge(f, 1, Integer::sum);
        Map<String, Integer> index = new TreeMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() >= minCount) index.put(e.getKey(), index.size());
        int n = examples.size();
        int[][] rows = new int[n][];
        double[] y = new double[n];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            EvidenceTrainer.Example e = examples.get(i);
            rows[i] = e.features().stream().filter(index::containsKey).mapToInt(index::get).toArray();
            y[i] = e.quotable() ? 1 : 0;
            positives += e.quotable() ? 1 : 0;
        }
        double[] w = new double[index.size()];
        double b = Math.log((positives + 1.0) / (n - positives + 1.0));
        double[] grad = new double[w.length];
        for (int it = 0; it < iterations; it++) {
            java.util.Arrays.fill(grad, 0);
            double gradB = 0;
            for (int i = 0; i < n; i++) {
                double z = b;
                for (int f : rows[i]) z += w[f];
                double err = 1 / (1 + StrictMath.exp(-Math.max(-30, Math.min(30, z)))) - y[i];
                for (int f : rows[i]) grad[f] += err;
                gradB += err;
            }
            for (int f = 0; f < w.length; f++) w[f] -= rate * (grad[f] / n + l2 * w[f] / n);
            b -= rate * gradB / n;
        }
        Map<String, Double> out = new TreeMap<>();
        out.put(checkpolicy.extract.EvidenceModel.BIAS, b);
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            double v = w[e.getValue()];
            if (Math.abs(v) >= smallest) out.put(e.getKey(), v);
        }
        return out;
    }
}
