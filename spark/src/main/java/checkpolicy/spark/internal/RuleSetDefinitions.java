package checkpolicy.spark.internal;

import checkpolicy.Checker;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The rule sets of a run as their definitions, small enough to broadcast: bundled ids travel as
 * ids (the job jar carries them), a folder travels as its files' text, read once on the driver,
 * since executors cannot see the driver's disk. {@link #checker()} compiles them at most once per
 * executor JVM.
 */
public final class RuleSetDefinitions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Keyed by {@link #key}: every task in a JVM shares one Checker (it is thread-safe). */
    private static final Map<String, Checker> CHECKERS = new ConcurrentHashMap<>();

    /** In the order given: a bundled id, or a folder name mapped to its files (name → text). */
    private final List<String> names;
    private final Map<String, Map<String, String>> folders;
    private final String key;

    private RuleSetDefinitions(List<String> names, Map<String, Map<String, String>> folders) {
        this.names = List.copyOf(names);
        this.folders = folders;
        this.key = digest(names, folders);
    }

    /** Reads the named folders now; a name that is not a folder is a bundled id. */
    public static RuleSetDefinitions of(List<String> idsOrFolders) {
        List<String> names = new ArrayList<>();
        Map<String, Map<String, String>> folders = new LinkedHashMap<>();
        for (String name : idsOrFolders) {
            Path folder = Path.of(name);
            if (!Files.isDirectory(folder)) {
                names.add(name);
                continue;
            }
            String shipped = folder.toAbsolutePath().normalize().getFileName().toString();
            names.add("./" + shipped);
            folders.put(shipped, filesOf(folder));
        }
        return new RuleSetDefinitions(names, folders);
    }

    /** The content hash that identifies these rule sets; same text, same key on every executor. */
    public String key() {
        return key;
    }

    /** This JVM's Checker for these rule sets, built on first use. */
    public Checker checker() {
        return CHECKERS.computeIfAbsent(key, k -> build());
    }

    /** How many times this JVM compiled the rule sets of {@code key}: one, however many records and tasks. */
    public static int compilations(String key) {
        return COMPILATIONS.getOrDefault(key, 0);
    }

    private static final Map<String, Integer> COMPILATIONS = new ConcurrentHashMap<>();

    private Checker build() {
        COMPILATIONS.merge(key, 1, Integer::sum);
        if (folders.isEmpty()) return Checker.forRuleSets(names);
        try {
            Path root = Files.createTempDirectory("checkpolicy-rulesets-" + key.substring(0, 12));
            for (Map.Entry<String, Map<String, String>> folder : folders.entrySet()) {
                Path dir = Files.createDirectories(root.resolve(folder.getKey()));
                for (Map.Entry<String, String> file : folder.getValue().entrySet()) {
                    Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
                }
            }
            List<String> resolved = names.stream()
                    .map(n -> n.startsWith("./") ? root.resolve(n.substring(2)).toString() : n).toList();
            return Checker.forRuleSets(resolved);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rule sets to a temporary folder", e);
        }
    }

    /** The folder's own files (ruleset.yaml, *.drl, lexicon.yaml); its tests/ stay behind. */
    private static Map<String, String> filesOf(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : list.filter(Files::isRegularFile).toList()) {
                files.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule set folder " + folder, e);
        }
        return files;
    }

    private static String digest(List<String> names, Map<String, Map<String, String>> folders) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.join("\n", names).getBytes(StandardCharsets.UTF_8));
            for (var folder : folders.entrySet()) {
                for (var file : folder.getValue().entrySet()) {
                    sha.update(("\0" + folder.getKey() + "/" + file.getKey() + "\0" + file.getValue())
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
