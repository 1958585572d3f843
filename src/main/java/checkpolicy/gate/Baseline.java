package checkpolicy.gate;

import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.Fingerprint;
import checkpolicy.report.Report;
import checkpolicy.report.RuleSetResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Today's gaps by fingerprint, so later runs fail only on new ones. Paths are stored relative to
 * the baseline file's folder with forward slashes, so the file works from any working directory
 * and on any OS.
 */
public record Baseline(List<Entry> gaps) {

    /** One known gap. {@code title} and {@code status} are for people reading the file. */
    public record Entry(String path, String ruleset, String requirement, String status, String fingerprint) {}

    public Baseline {
        gaps = List.copyOf(gaps);
    }

    /** Every gap in the report, in report order. */
    public static Baseline of(Report report, Path baselineFile) {
        List<Entry> out = new ArrayList<>();
        for (DocumentReport d : report.documents()) {
            for (RuleSetResult r : d.results()) {
                for (Assessment a : r.assessments()) {
                    if (a.gap()) {
                        out.add(new Entry(relative(d.path(), baselineFile), r.ruleset(), a.requirement().id(),
                                a.finding().status().name(), Fingerprint.of(a)));
                    }
                }
            }
        }
        return new Baseline(out);
    }

    /** A document path as the baseline stores it: relative to the baseline's folder, with '/'. */
    public static String relative(String documentPath, Path baselineFile) {
        Path base = baselineFile.toAbsolutePath().normalize().getParent();
        Path doc = Path.of(documentPath).toAbsolutePath().normalize();
        try {
            return base.relativize(doc).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return doc.toString().replace('\\', '/'); // another drive: no relative path exists
        }
    }

    public boolean contains(String path, String ruleset, String fingerprint) {
        return gaps.stream().anyMatch(e -> e.path().equals(path) && e.ruleset().equals(ruleset) && e.fingerprint().equals(fingerprint));
    }

    /**
     * The recorded gap that a current gap continues, if any: the one with the same fingerprint,
     * else one on the same requirement that was no better (a MISSING item now PARTIAL is the old
     * gap improving, not a new one; PARTIAL now MISSING is new). Without the fallback, writing a
     * first sentence towards a missing item would fail the gate as a "new" gap.
     */
    public java.util.Optional<Entry> covering(String path, String ruleset, String requirement, String status, String fingerprint) {
        java.util.Optional<Entry> exact = gaps.stream()
                .filter(e -> e.path().equals(path) && e.ruleset().equals(ruleset) && e.fingerprint().equals(fingerprint)).findFirst();
        if (exact.isPresent()) return exact;
        return gaps.stream().filter(e -> e.path().equals(path) && e.ruleset().equals(ruleset) && e.requirement().equals(requirement)
                && (e.status().equals(status) || e.status().equals("MISSING"))).findFirst();
    }

    public void write(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("tool", "checkpolicy");
        root.put("fingerprints", Fingerprint.SCHEME);
        ArrayNode list = root.putArray("gaps");
        for (Entry e : gaps) {
            list.addObject().put("path", e.path()).put("ruleset", e.ruleset()).put("requirement", e.requirement())
                    .put("status", e.status()).put("fingerprint", e.fingerprint());
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, json.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    public static Baseline read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new GateException(file + ": not a checkpolicy baseline: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new GateException("cannot read baseline " + file + ": " + e.getMessage());
        }
        if (root == null || !root.path("gaps").isArray()) throw new GateException(file + ": not a checkpolicy baseline (no 'gaps' list)");
        if (!Fingerprint.SCHEME.equals(root.path("fingerprints").asText())) {
            throw new GateException(file + ": recorded with fingerprints '" + root.path("fingerprints").asText()
                    + "', this version uses '" + Fingerprint.SCHEME + "'; run checkpolicy baseline again");
        }
        List<Entry> out = new ArrayList<>();
        for (JsonNode g : root.path("gaps")) {
            out.add(new Entry(g.path("path").asText(), g.path("ruleset").asText(), g.path("requirement").asText(),
                    g.path("status").asText(), g.path("fingerprint").asText()));
        }
        return new Baseline(out);
    }
}
