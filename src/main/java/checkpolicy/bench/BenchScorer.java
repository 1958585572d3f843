package checkpolicy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores detected facts against a corpus exactly as bench/score.py does: a document is predicted
 * to disclose a label when any fact's topic is one of the label's topics or below one
 * ("retention.period" counts for "retention"); evidence counts facts whose line falls in a passage
 * annotated with the label, and passages with such a fact.
 */
public final class BenchScorer {

    /** A fact as the scorer sees it: its topic and the line it starts on. */
    public record Fact(String topic, int line) {}

    public record LabelScore(String label, int tp, int fp, int fn, int tn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Labels with fewer than five negatives measure recall only and stay out of the macro average. */
        public boolean counted() {
            return fp + tn >= 5;
        }
    }

    public record EvidenceScore(String label, double precision, double recall, int passages) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    public record Result(String corpus, int documents, List<LabelScore> labels, List<EvidenceScore> evidence) {
        public double macroF1() {
            return labels.stream().filter(LabelScore::counted).mapToDouble(LabelScore::f1).average().orElse(0);
        }

        public double evidenceMacroF1() {
            return evidence.stream().mapToDouble(EvidenceScore::f1).average().orElse(Double.NaN);
        }
    }

    /** The facts of one extraction as the scorer sees them. */
    public static List<Fact> facts(checkpolicy.extract.Extraction x) {
        List<Fact> out = new java.util.ArrayList<>();
        for (var d : x.disclosures()) out.add(new Fact(d.topic(), d.evidence().line()));
        for (var d : x.context()) out.add(new Fact(d.topic(), d.evidence().line()));
        return out;
    }

    static boolean covers(String topic, List<String> mapped) {
        for (String t : mapped) {
            if (topic.equals(t) || topic.startsWith(t + ".")) return true;
        }
        return false;
    }

    public static boolean predicts(List<Fact> facts, List<String> mapped) {
        return facts.stream().anyMatch(f -> covers(f.topic(), mapped));
    }

    public Result score(BenchCorpus corpus, Map<String, List<Fact>> factsByDoc) {
        Map<String, int[]> counts = new TreeMap<>();
        for (BenchCorpus.Gold g : corpus.gold()) {
            boolean pred = predicts(factsByDoc.getOrDefault(g.doc(), List.of()), corpus.labels().get(g.label()));
            int[] c = counts.computeIfAbsent(g.label(), k -> new int[4]);
            c[g.disclosed() ? (pred ? 0 : 2) : (pred ? 1 : 3)]++;
        }
        List<LabelScore> labels = new ArrayList<>();
        counts.forEach((l, c) -> labels.add(new LabelScore(l, c[0], c[1], c[2], c[3])));
        return new Result(corpus.name(), corpus.files().size(), labels, evidence(corpus, factsByDoc));
    }

    private static List<EvidenceScore> evidence(BenchCorpus corpus, Map<String, List<Fact>> factsByDoc) {
        List<EvidenceScore> out = new ArrayList<>();
        if (corpus.segments().isEmpty()) return out;
        for (Map.Entry<String, List<String>> e : new TreeMap<>(corpus.labels()).entrySet()) {
            String label = e.getKey();
            int hit = 0, placed = 0, gold = 0, found = 0;
            for (Map.Entry<String, List<BenchCorpus.Segment>> d : corpus.segments().entrySet()) {
                List<Integer> lines = factsByDoc.getOrDefault(d.getKey(), List.of()).stream()
                        .filter(f -> covers(f.topic(), e.getValue()) && f.line() > 0).map(Fact::line).toList();
                for (int line : lines) {
                    BenchCorpus.Segment seg = d.getValue().stream().filter(s -> s.contains(line)).findFirst().orElse(null);
                    if (seg != null) {
                        placed++;
                        if (seg.labels().contains(label)) hit++;
                    }
                }
                for (BenchCorpus.Segment s : d.getValue()) {
                    if (s.labels().contains(label)) {
                        gold++;
                        if (lines.stream().anyMatch(s::contains)) found++;
                    }
                }
            }
            if (gold >= 10) {
                out.add(new EvidenceScore(label, placed == 0 ? 0 : (double) hit / placed, (double) found / gold, gold));
            }
        }
        return out;
    }
}
