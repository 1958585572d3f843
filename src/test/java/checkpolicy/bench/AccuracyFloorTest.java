package checkpolicy.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import checkpolicy.Checker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards detection accuracy on the labelled corpora beside the repo (../shared/bench): the
 * document-level and evidence macro-F1 must not fall below floors set a little under the figures
 * achieved (docs/accuracy.md). The evidence floors are measured with the shipped evidence model,
 * which was trained on these same passages: they guard against regressions, while the
 * cross-validated figures in docs/accuracy.md estimate unseen documents. Skipped where the corpora
 * are not present.
 */
class AccuracyFloorTest {

    private static final Path BENCH = Path.of("../shared/bench");

    /** corpus → {document macro-F1 floor, evidence macro-F1 floor (NaN: not measured)}. */
    private static final Map<String, double[]> FLOORS = Map.of(
            "c3pa", new double[] {0.945, Double.NaN},
            "goppc150", new double[] {0.915, 0.79},
            "opp115", new double[] {0.955, 0.81});

    @Test
    void detectionStaysAboveTheFloorsOnEveryLabelledCorpus() throws Exception {
        assumeTrue(Files.isRegularFile(BENCH.resolve("mapping.yaml")), "no ../shared/bench here");
        Benchmark bench = new Benchmark(Checker.forRuleSets(List.of("dpdp-india")));
        StringWriter table = new StringWriter();
        PrintWriter out = new PrintWriter(table);
        int scored = 0;
        for (BenchCorpus corpus : Benchmark.corpora(BENCH)) {
            double[] floor = FLOORS.get(corpus.name());
            if (floor == null) continue;
            BenchScorer.Result r = new BenchScorer().score(corpus, bench.detect(corpus));
            Benchmark.print(r, out);
            out.flush();
            assertTrue(r.macroF1() >= floor[0], corpus.name() + " document macro-F1 " + r.macroF1() + " < " + floor[0] + "\n" + table);
            if (!Double.isNaN(floor[1])) {
                assertTrue(r.evidenceMacroF1() >= floor[1],
                        corpus.name() + " evidence macro-F1 " + r.evidenceMacroF1() + " < " + floor[1] + "\n" + table);
            }
            scored++;
        }
        assertTrue(scored == FLOORS.size(), "expected corpora " + FLOORS.keySet() + "\n" + table);
        System.out.print(table);
    }
}
