package checkpolicy.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One labelled corpus: its policy files, the document labels (labels.csv) and, where the corpus has
 * them, the annotated passages (segments.csv: line ranges with their labels).
 *
 * @param labels label → topics whose detection counts as disclosing it (mapping.yaml)
 */
public record BenchCorpus(String name, Map<String, Path> files, List<Gold> gold, Map<String, List<Segment>> segments,
                          Map<String, List<String>> labels) {

    /** A document's gold answer for one label. */
    public record Gold(String doc, String label, boolean disclosed) {}

    /** Lines first..last of a document, and the labels annotators gave them. */
    public record Segment(int first, int last, Set<String> labels) {
        boolean contains(int line) {
            return first <= line && line <= last;
        }
    }

    public static BenchCorpus load(Path root, String name, Map<String, List<String>> labels) throws IOException {
        Path base = root.resolve(name);
        List<Gold> gold = new ArrayList<>();
        for (String[] row : csv(base.resolve("labels.csv"))) {
            gold.add(new Gold(row[0], row[1], row[2].equals("1")));
        }
        Map<String, Path> files = new TreeMap<>();
        for (String doc : gold.stream().map(Gold::doc).collect(Collectors.toCollection(TreeSet::new))) {
            for (String ext : List.of("txt", "html")) {
                Path f = base.resolve("policies").resolve(doc + "." + ext);
                if (Files.isRegularFile(f)) files.put(doc, f);
            }
        }
        Map<String, List<Segment>> segments = new LinkedHashMap<>();
        Path segf = base.resolve("segments.csv");
        if (Files.isRegularFile(segf)) {
            for (String[] row : csv(segf)) {
                Set<String> labs = new TreeSet<>();
                for (String l : row[3].split(";")) if (!l.isEmpty()) labs.add(l);
                segments.computeIfAbsent(row[0], k -> new ArrayList<>())
                        .add(new Segment(Integer.parseInt(row[1]), Integer.parseInt(row[2]), labs));
            }
        }
        return new BenchCorpus(name, files, gold, segments, labels);
    }

    /** RFC 4180 rows after the header (quoted fields may hold commas). */
    static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean header = true;
            int c;
            while ((c = r.read()) != -1) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        r.mark(1);
                        int n = r.read();
                        if (n == '"') field.append('"');
                        else {
                            quoted = false;
                            if (n != -1) r.reset();
                        }
                    } else field.append(ch);
                } else if (ch == '"') quoted = true;
                else if (ch == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\n') {
                    row.add(field.toString().replace("\r", ""));
                    field.setLength(0);
                    if (!header) rows.add(row.toArray(String[]::new));
                    header = false;
                    row = new ArrayList<>();
                } else field.append(ch);
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                if (!header) rows.add(row.toArray(String[]::new));
            }
        }
        return rows;
    }
}
