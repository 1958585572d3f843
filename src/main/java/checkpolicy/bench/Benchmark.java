package checkpolicy.bench;

import checkpolicy.Checker;
import checkpolicy.ingest.IngestException;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.ingest.internal.TextDecoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs extraction over every labelled corpus under a bench root and prints the tables bench/score.py
 * prints, and, on request, the documents each label is wrong about with the passages involved.
 */
public final class Benchmark {

    private final Checker checker;

    public Benchmark(Checker checker) {
        this.checker = checker;
    }

    /** Corpora of the bench root that mapping.yaml names, in name order. */
    public static List<BenchCorpus> corpora(Path root) throws IOException {
        JsonNode mapping = new ObjectMapper(new YAMLFactory()).readTree(root.resolve("mapping.yaml").toFile());
        List<BenchCorpus> out = new ArrayList<>();
        for (Iterator<String> it = mapping.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!Files.isDirectory(root.resolve(name))) continue;
            Map<String, List<String>> labels = new LinkedHashMap<>();
            mapping.get(name).fields().forEachRemaining(e -> {
                List<String> topics = new ArrayList<>();
                e.getValue().forEach(t -> topics.add(t.asText()));
                labels.put(e.getKey(), topics);
            });
            out.add(BenchCorpus.load(root, name, labels));
        }
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return out;
    }

    /** Facts per document; a document that cannot be read has none. */
    public Map<String, List<BenchScorer.Fact>> detect(BenchCorpus corpus) {
        Map<String, List<BenchScorer.Fact>> out = new ConcurrentHashMap<>();
        PolicyReader reader = new PolicyReader();
        corpus.files().entrySet().parallelStream().forEach(e -> {
            List<BenchScorer.Fact> facts = new ArrayList<>();
            try {
                facts.addAll(BenchScorer.facts(checker.extract(reader.read(e.getValue()))));
            } catch (IngestException ignored) {
                // scored as detecting nothing, as score.py does for a document without a report
            }
            out.put(e.getKey(), facts);
        });
        return new TreeMap<>(out);
    }

    public static void print(BenchScorer.Result r, PrintWriter out) {
        out.printf("== %s: %d documents%n", r.corpus(), r.documents());
        for (BenchScorer.LabelScore l : r.labels()) {
            out.printf(Locale.ROOT, "  %-52.52s P %.2f R %.2f F1 %.2f  (+%d -%d)%s%n", l.label(), l.precision(), l.recall(),
                    l.f1(), l.tp() + l.fn(), l.fp() + l.tn(), l.counted() ? "" : "  recall only");
        }
        out.printf(Locale.ROOT, "  macro-F1 over %d labels with >=5 negatives: %.3f%n",
                r.labels().stream().filter(BenchScorer.LabelScore::counted).count(), r.macroF1());
        for (BenchScorer.EvidenceScore e : r.evidence()) {
            out.printf(Locale.ROOT, "  evidence %-43.43s P %.2f R %.2f F1 %.2f  (%d passages)%n", e.label(), e.precision(),
                    e.recall(), e.f1(), e.passages());
        }
        if (!r.evidence().isEmpty()) {
            out.printf(Locale.ROOT, "  evidence macro-F1 over %d labels: %.3f%n", r.evidence().size(), r.evidenceMacroF1());
        }
    }

    /** False negatives and false positives per label, with what the annotators or the extractor pointed at. */
    public static void printMisses(BenchCorpus corpus, Map<String, List<BenchScorer.Fact>> facts, int perLabel,
                                   PrintWriter out) throws IOException {
        for (String label : new TreeMap<>(corpus.labels()).keySet()) {
            List<String> mapped = corpus.labels().get(label);
            int fn = 0, fp = 0;
            for (BenchCorpus.Gold g : corpus.gold()) {
                if (!g.label().equals(label)) continue;
                boolean pred = BenchScorer.predicts(facts.getOrDefault(g.doc(), List.of()), mapped);
                if (g.disclosed() && !pred && fn++ < perLabel) {
                    out.printf("MISS %s | %s | %s%n", corpus.name(), label, g.doc());
                    for (BenchCorpus.Segment s : corpus.segments().getOrDefault(g.doc(), List.of())) {
                        if (s.labels().contains(label)) out.println("    gold: " + lines(corpus.files().get(g.doc()), s.first(), s.last()));
                    }
                } else if (!g.disclosed() && pred && fp++ < perLabel) {
                    out.printf("FALSE %s | %s | %s%n", corpus.name(), label, g.doc());
                    for (BenchScorer.Fact f : facts.get(g.doc())) {
                        if (BenchScorer.covers(f.topic(), mapped)) {
                            out.println("    " + f.topic() + " @" + f.line() + ": " + lines(corpus.files().get(g.doc()), f.line(), f.line()));
                        }
                    }
                }
            }
        }
    }

    /** Annotated passages of each label that no fact of its topics falls in: the evidence recall misses. */
    public static void printPassageMisses(BenchCorpus corpus, Map<String, List<BenchScorer.Fact>> facts, int perLabel,
                                          PrintWriter out) throws IOException {
        for (String label : new TreeMap<>(corpus.labels()).keySet()) {
            List<String> mapped = corpus.labels().get(label);
            int shown = 0;
            for (Map.Entry<String, List<BenchCorpus.Segment>> d : corpus.segments().entrySet()) {
                List<Integer> lines = facts.getOrDefault(d.getKey(), List.of()).stream()
                        .filter(f -> BenchScorer.covers(f.topic(), mapped)).map(BenchScorer.Fact::line).toList();
                for (BenchCorpus.Segment s : d.getValue()) {
                    if (s.labels().contains(label) && lines.stream().noneMatch(s::contains) && shown++ < perLabel) {
                        out.printf("UNFOUND %s | %s | %s:%d | %s%n", corpus.name(), label, d.getKey(), s.first(),
                                lines(corpus.files().get(d.getKey()), s.first(), s.last()));
                    }
                }
            }
        }
    }

    /** Source lines as a check decodes them (UTF-8, else Windows-1252), so quotes read as the reports' do. */
    static String lines(Path file, int first, int last) throws IOException {
        if (file == null) return "";
        List<String> all;
        try {
            all = List.of(TextDecoder.decode(file.toString(), Files.readAllBytes(file)).split("\n", -1));
        } catch (IngestException e) {
            return "";  // an empty or binary file holds no passage to show
        }
        StringBuilder b = new StringBuilder();
        for (int i = first; i <= last && i <= all.size(); i++) b.append(all.get(i - 1)).append(' ');
        String s = b.toString().strip();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
