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
 * cross-validated figures in docs/accuracy.md estimate unseen documents. It also keeps the error
 * audits of docs/audit/ honest: every row there must still be an error, or the figures
 * docs/accuracy.md derives from them are stale. Skipped where the corpora are not present.
 */
class AccuracyFloorTest {

    private static final Path BENCH = Path.of("../shared/bench");
    private static final Path AUDITS = Path.of("docs/audit");

    /** corpus → {document macro-F1 floor, evidence macro-F1 floor (NaN: not measured)}. */
    private static final Map<String, double[]> FLOORS = Map.of(
            "c3pa", new double[] {0.945, Double.NaN},
            "goppc150", new double[] {0.92, 0.79},
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
            Map<String, List<BenchScorer.Fact>> facts = bench.detect(corpus);
            BenchScorer.Result r = new BenchScorer().score(corpus, facts);
            assertAuditRowsAreStillErrors(corpus, facts);
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

    /** docs/audit/{corpus}-*.tsv: label, doc, error (FP|FN), class, why; one row per document error. */
    private static void assertAuditRowsAreStillErrors(BenchCorpus corpus, Map<String, List<BenchScorer.Fact>> facts)
            throws java.io.IOException {
        Map<String, Boolean> gold = new java.util.HashMap<>();
        for (BenchCorpus.Gold g : corpus.gold()) gold.put(g.doc() + '\t' + g.label(), g.disclosed());
        List<Path> audits;
        try (var files = Files.list(AUDITS)) {
            audits = files.filter(f -> f.getFileName().toString().startsWith(corpus.name() + "-")).sorted().toList();
        }
        for (Path audit : audits) {
            List<String> rows = Files.readAllLines(audit);
            for (String row : rows.subList(1, rows.size())) {
                String[] f = row.split("\t");
                assertTrue(f.length == 5 && f[2].matches("FP|FN") && f[3].matches("label|semantics|ours"), audit + ": " + row);
                Boolean disclosed = gold.get(f[1] + '\t' + f[0]);
                assertTrue(disclosed != null && disclosed == f[2].equals("FN"), audit + ": no such " + f[2] + " in labels.csv: " + row);
                boolean predicted = BenchScorer.predicts(facts.getOrDefault(f[1], List.of()), corpus.labels().get(f[0]));
                assertTrue(predicted != disclosed, audit + ": no longer an error, update the audit and docs/accuracy.md: " + row);
            }
        }
    }
}
