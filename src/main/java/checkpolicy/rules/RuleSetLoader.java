package checkpolicy.rules;

import checkpolicy.facts.Requirement;
import checkpolicy.facts.Severity;
import checkpolicy.rules.internal.RuleSetYaml;
import checkpolicy.rules.internal.RuleSetYamlImage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads rule sets: a bundled one by id ({@code dpdp-india}) or a folder the user names
 * ({@code ./my-rules}) with the same layout. Everything wrong with a rule set is reported as a
 * {@link RuleSetException} naming the file and, where it can, the line.
 */
public final class RuleSetLoader {

    /** In a holder: a cold check of a bundled rule set reads its parse from an image and never loads Jackson. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private final BundledRuleSets bundled;

    public RuleSetLoader(BundledRuleSets bundled) {
        this.bundled = bundled;
    }

    public RuleSetLoader() {
        this(BundledRuleSets.onClasspath());
    }

    /** A bundled id, or a path to a folder holding ruleset.yaml. */
    public RuleSet load(String idOrPath) {
        return load(idOrPath, new LinkedHashSet<>());
    }

    /**
     * What to report for a rule set the user named: the rule set itself, or, for a bundle that
     * only extends others (no requirements, rules or lexicon of its own, like {@code india} =
     * dpdp-india + it-rules-2011), the rule sets it bundles, so that each law keeps its own
     * section and score instead of one score that mixes a law in force with one not yet in force.
     */
    public List<RuleSet> loadSections(String idOrPath) {
        return loadSections(idOrPath, new LinkedHashSet<>());
    }

    private List<RuleSet> loadSections(String idOrPath, Set<String> chain) {
        Path folder = locate(idOrPath);
        String where = where(folder);
        String text = read(folder.resolve("ruleset.yaml"), where);
        RuleSetYaml yaml = parse(folder, text, where);
        if (!isBundle(yaml, folder)) return List.of(load(folder, text, yaml, new LinkedHashSet<>()));
        if (!chain.add(folder.toString())) throw new RuleSetException(idOrPath + ": rule sets extend each other in a circle: " + chain);
        List<RuleSet> sections = new ArrayList<>();
        for (String parent : yaml.extendsIds()) {
            String resolved = parent.startsWith(".") ? folder.resolve(parent).normalize().toString() : parent;
            for (RuleSet rs : loadSections(resolved, chain)) {
                if (sections.stream().noneMatch(s -> s.id().equals(rs.id()))) sections.add(rs);
            }
        }
        chain.remove(folder.toString());
        return sections;
    }

    private static boolean isBundle(RuleSetYaml y, Path folder) {
        return !nullToEmpty(y.extendsIds()).isEmpty() && nullToEmpty(y.requirements()).isEmpty()
                && files(folder, "", ".drl").isEmpty() && !Files.isRegularFile(folder.resolve("lexicon.yaml"));
    }

    private RuleSet load(String idOrPath, Set<String> chain) {
        Path folder = locate(idOrPath);
        if (chain.contains(folder.toString())) throw new RuleSetException(idOrPath + ": rule sets extend each other in a circle: " + chain);
        String where = where(folder);
        String text = read(folder.resolve("ruleset.yaml"), where);
        return load(folder, text, parse(folder, text, where), chain);
    }

    private String where(Path folder) {
        return bundled.contains(folder) ? "rulesets/" + folder.getFileName() + "/ruleset.yaml" : folder.resolve("ruleset.yaml").toString();
    }

    private RuleSet load(Path folder, String text, RuleSetYaml yaml, Set<String> chain) {
        String key = folder.toString();
        chain.add(key);
        String origin = bundled.contains(folder) ? "bundled" : folder.toString();
        String where = where(folder);
        List<RuleSet> parents = new ArrayList<>();
        for (String parent : nullToEmpty(yaml.extendsIds())) {
            String target = parent.startsWith(".") ? folder.resolve(parent).normalize().toString() : parent;
            if (chain.contains(locate(target, where + ":" + lineOfValue(text, parent)).toString())) {
                throw new RuleSetException(where + ":" + lineOfValue(text, parent) + ": extends '" + parent
                        + "', which extends this rule set again (a circle: " + String.join(" -> ", names(chain)) + " -> " + parent + ")");
            }
            parents.add(load(target, chain));
        }
        chain.remove(key);
        return assemble(yaml, text, where, origin, folder, parents);
    }

    /** Locates a parent rule set; one that does not exist is reported at the extends line naming it. */
    private Path locate(String idOrPath, String at) {
        try {
            return locate(idOrPath);
        } catch (RuleSetException e) {
            throw new RuleSetException(at + ": extends " + e.getMessage(), e);
        }
    }

    private static List<String> names(Set<String> chain) {
        return chain.stream().map(k -> Path.of(k).getFileName() == null ? k : Path.of(k).getFileName().toString()).toList();
    }

    /** The line of the first list item or value naming {@code value}, for messages about extends. */
    static int lineOfValue(String text, String value) {
        int line = 1;
        for (String l : text.split("\n", -1)) {
            String t = l.trim();
            if (t.contains(value) && (t.startsWith("-") || t.startsWith("extends"))) return line;
            line++;
        }
        return 1;
    }

    private Path locate(String idOrPath) {
        Path asPath = Path.of(idOrPath);
        if (Files.isDirectory(asPath)) {
            if (!Files.isRegularFile(asPath.resolve("ruleset.yaml"))) {
                throw new RuleSetException(idOrPath + ": no ruleset.yaml in this folder");
            }
            return asPath.toAbsolutePath().normalize();
        }
        return bundled.folder(idOrPath).orElseThrow(() -> new RuleSetException("unknown rule set '" + idOrPath
                + "' (bundled: " + String.join(", ", bundled.ids()) + "; or name a folder holding ruleset.yaml)"));
    }

    private static String read(Path file, String where) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleSetException(where + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The parse of a ruleset.yaml; for a bundled one, the build's ({@link RuleSetYamlImage}) when
     * it was made from this very text.
     */
    private RuleSetYaml parse(Path folder, String text, String where) {
        if (bundled.contains(folder)) {
            Optional<RuleSetYaml> built = RuleSetYamlImage.read(text.getBytes(StandardCharsets.UTF_8),
                    RuleSetLoader.class.getClassLoader().getResourceAsStream(RuleSetYamlImage.resource(folder.getFileName().toString().replace("/", ""))));
            if (built.isPresent()) return built.get();
        }
        return parse(text, where);
    }

    /** The parse of a ruleset.yaml's text by Jackson: what the build stores in images, and what a user's rule set gets. */
    public static RuleSetYaml parse(String text, String where) {
        try {
            RuleSetYaml yaml = Yaml.MAPPER.readValue(text, RuleSetYaml.class);
            if (yaml == null) throw new RuleSetException(where + ": empty file");
            return yaml;
        } catch (UnrecognizedPropertyException e) {
            throw new RuleSetException(where + ":" + e.getLocation().getLineNr() + ": unknown key '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String reason = e.getOriginalMessage().lines().findFirst().orElse("malformed YAML");
            throw new RuleSetException(where + (line > 0 ? ":" + line : "") + ": " + reason);
        }
    }

    private RuleSet assemble(RuleSetYaml y, String text, String where, String origin, Path folder, List<RuleSet> parents) {
        require(y.id(), "id", where, text, null);
        require(y.title(), "title", where, text, null);
        require(y.version(), "version", where, text, null);
        if (nullToEmpty(y.requirements()).isEmpty() && parents.isEmpty()) {
            // A rule set that only extends others is a bundle of them; anything else needs requirements.
            throw new RuleSetException(where + ": no requirements (and no 'extends')");
        }
        Map<String, Condition> conditions = new LinkedHashMap<>();
        parents.forEach(p -> conditions.putAll(p.conditions()));
        if (y.conditions() != null) {
            y.conditions().forEach((k, c) -> conditions.put(k, new Condition(k, c == null ? k : c.question(),
                    c != null && Boolean.TRUE.equals(c.assumed()))));
        }
        List<Requirement> requirements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleSet p : parents) {
            for (Requirement r : p.requirements()) {
                if (ids.add(r.id())) requirements.add(r);
            }
        }
        for (RuleSetYaml.RequirementYaml r : nullToEmpty(y.requirements())) {
            requirements.add(requirement(r, y, where, text, conditions));
            if (!ids.add(r.id())) {
                throw new RuleSetException(where + ":" + lineOf(text, r.id()) + ": requirement " + r.id() + " is defined twice");
            }
        }
        List<RuleSet.SourceFile> drl = new ArrayList<>();
        List<RuleSet.SourceFile> lexicons = new ArrayList<>();
        parents.forEach(p -> { drl.addAll(p.drl()); lexicons.addAll(p.lexicons()); });
        String prefix = where.substring(0, where.length() - "ruleset.yaml".length());
        drl.addAll(files(folder, prefix, ".drl"));
        Path lexicon = folder.resolve("lexicon.yaml");
        if (Files.isRegularFile(lexicon)) lexicons.add(new RuleSet.SourceFile(prefix + "lexicon.yaml", read(lexicon, prefix + "lexicon.yaml")));
        if (drl.isEmpty()) throw new RuleSetException(prefix + ": no .drl rule files beside ruleset.yaml");
        List<String> extendsIds = new ArrayList<>();
        parents.forEach(p -> extendsIds.add(p.id()));
        return new RuleSet(y.id(), y.title(), nullToBlank(y.law()), nullToBlank(y.jurisdiction()), y.version(),
                y.inForce(), nullToEmpty(y.references()), conditions, requirements, extendsIds, origin, drl, lexicons);
    }

    private static Requirement requirement(RuleSetYaml.RequirementYaml r, RuleSetYaml y, String where, String text,
                                           Map<String, Condition> conditions) {
        require(r.id(), "id", where, text, "a requirement");
        // Where the requirement stands is looked up only for a message: a scan of the file per requirement.
        java.util.function.Supplier<String> at = () -> where + ":" + lineOf(text, r.id()) + ": requirement " + r.id();
        for (String[] field : new String[][] {{r.title(), "title"}, {r.citation(), "citation"}, {r.severity(), "severity"},
                {r.category(), "category"}, {r.remediation(), "remediation"}}) {
            if (field[0] == null || field[0].isBlank()) throw new RuleSetException(at.get() + " lacks '" + field[1] + "'");
        }
        if (r.weight() == null || r.weight() <= 0) throw new RuleSetException(at.get() + " needs a positive 'weight'");
        Severity severity;
        try {
            severity = Severity.fromLabel(r.severity());
        } catch (IllegalArgumentException e) {
            throw new RuleSetException(at.get() + ": " + e.getMessage());
        }
        if (r.condition() != null && !conditions.containsKey(r.condition())) {
            throw new RuleSetException(at.get() + ": condition '" + r.condition() + "' is not declared under 'conditions'");
        }
        return new Requirement(r.id(), r.title(), r.citation(), severity, r.weight(), r.category(), r.condition(),
                r.inForce() != null ? r.inForce() : y.inForce(), nullToBlank(r.satisfiedBy()), r.remediation(),
                nullToBlank(r.sampleClause()), nullToEmpty(r.references()).isEmpty() ? nullToEmpty(y.references()) : r.references());
    }

    private static List<RuleSet.SourceFile> files(Path folder, String prefix, String suffix) {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> paths = s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
            List<RuleSet.SourceFile> out = new ArrayList<>();
            for (Path p : paths) {
                String name = prefix + p.getFileName();
                out.add(new RuleSet.SourceFile(name, read(p, name)));
            }
            return out;
        } catch (IOException e) {
            throw new RuleSetException(prefix + ": cannot list rule files: " + e.getMessage(), e);
        }
    }

    private static void require(String value, String key, String where, String text, String what) {
        if (value == null || value.isBlank()) {
            throw new RuleSetException(where + ": " + (what == null ? "" : what + " ") + "lacks '" + key + "'");
        }
    }

    /** The line of the first "id: X" in the file, so a message can point at the requirement. */
    static int lineOf(String text, String id) {
        int line = 1;
        for (String l : text.split("\n", -1)) {
            String t = l.trim();
            if ((t.startsWith("- id:") || t.startsWith("id:")) && t.endsWith(id)) return line;
            line++;
        }
        return 1;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }
}
