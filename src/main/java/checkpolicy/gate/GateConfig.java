package checkpolicy.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The defaults in {@code .checkpolicy.yaml}: what to check and how strictly. Flags on the command
 * line win over it. Paths in it are relative to the folder it sits in.
 *
 * @param file the config file, or null when none was found
 */
public record GateConfig(Path file, List<String> ruleSets, List<String> paths, String format, Double failUnder,
                         FailOn failOn, LocalDate asOf, Map<String, Boolean> assume, Path baseline, List<Waiver> waivers) {

    public static final String FILE_NAME = ".checkpolicy.yaml";
    public static final String DEFAULT_BASELINE = ".checkpolicy-baseline.json";

    private static final Set<String> KEYS = Set.of("rulesets", "paths", "format", "fail-under", "fail-on", "as-of",
            "assume", "baseline", "waivers");
    private static final Set<String> WAIVER_KEYS = Set.of("requirement", "path", "fingerprint", "reason", "expires");

    public GateConfig {
        ruleSets = List.copyOf(ruleSets);
        paths = List.copyOf(paths);
        assume = Map.copyOf(assume);
        waivers = List.copyOf(waivers);
    }

    public static GateConfig none() {
        return new GateConfig(null, List.of(), List.of(), null, null, null, null, Map.of(), null, List.of());
    }

    /** The folder paths in the config are relative to (the working directory when there is no file). */
    public Path base() {
        return file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
    }

    /** The nearest {@value #FILE_NAME} in {@code start} or a folder above it. */
    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    public static GateConfig load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new GateException(file + ":" + line + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new GateException("cannot read " + file + ": " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) root = new ObjectMapper().createObjectNode();
        if (!root.isObject()) throw new GateException(file + ": expected settings as 'key: value' lines");
        String where = file.toString();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) throw new GateException(where + ": unknown setting '" + key + "' (settings: " + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
        }
        Double failUnder = root.hasNonNull("fail-under") ? number(root.get("fail-under"), where + ": fail-under") : null;
        FailOn failOn = root.hasNonNull("fail-on") ? failOn(root.get("fail-on").asText(), where) : null;
        LocalDate asOf = root.hasNonNull("as-of") ? date(root.get("as-of").asText(), where + ": as-of") : null;
        Path baseline = root.hasNonNull("baseline") ? file.toAbsolutePath().getParent().resolve(root.get("baseline").asText()) : null;
        return new GateConfig(file, strings(root.get("rulesets"), where + ": rulesets"), strings(root.get("paths"), where + ": paths"),
                root.hasNonNull("format") ? root.get("format").asText() : null, failUnder, failOn, asOf,
                assume(root.get("assume"), where), baseline, waivers(root.get("waivers"), where));
    }

    public static FailOn failOn(String value, String where) {
        try {
            return FailOn.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new GateException(where + ": fail-on takes required, recommended or none, not '" + value + "'");
        }
    }

    private static List<String> strings(JsonNode node, String where) {
        if (node == null || node.isNull()) return List.of();
        if (node.isTextual()) return List.of(node.asText());
        if (!node.isArray()) throw new GateException(where + " takes a list");
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Double number(JsonNode node, String where) {
        if (!node.isNumber() || node.asDouble() < 0 || node.asDouble() > 100) throw new GateException(where + " takes a score from 0 to 100");
        return node.asDouble();
    }

    private static LocalDate date(String s, String where) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new GateException(where + ": '" + s + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static Map<String, Boolean> assume(JsonNode node, String where) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) return out;
        if (!node.isObject()) throw new GateException(where + ": assume takes 'key: yes|no' lines");
        node.fields().forEachRemaining(e -> {
            String v = e.getValue().asText().toLowerCase(Locale.ROOT);
            if (v.equals("yes") || v.equals("true")) out.put(e.getKey(), true);
            else if (v.equals("no") || v.equals("false")) out.put(e.getKey(), false);
            else throw new GateException(where + ": assume " + e.getKey() + " must be yes or no");
        });
        return out;
    }

    private static List<Waiver> waivers(JsonNode node, String where) {
        List<Waiver> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (!node.isArray()) throw new GateException(where + ": waivers takes a list");
        int i = 0;
        for (JsonNode w : node) {
            String at = where + ": waivers[" + i++ + "]";
            if (!w.isObject()) throw new GateException(at + " needs requirement and reason");
            w.fieldNames().forEachRemaining(k -> {
                if (!WAIVER_KEYS.contains(k)) throw new GateException(at + ": unknown key '" + k + "'");
            });
            out.add(new Waiver(text(w, "requirement"), text(w, "path"), text(w, "fingerprint"), text(w, "reason"),
                    w.hasNonNull("expires") ? date(w.get("expires").asText(), at + ": expires") : null, at, false));
        }
        return out;
    }

    private static String text(JsonNode n, String key) {
        return n.hasNonNull(key) ? n.get(key).asText() : null;
    }
}
