package checkpolicy.rules;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rule sets shipped inside the jar (or, in a source checkout, under target/classes): a
 * {@code rulesets/} folder holding {@code lexicon.yaml} and one folder per rule set.
 */
public final class BundledRuleSets {

    private final Path root;

    public BundledRuleSets(Path root) {
        this.root = root;
    }

    /** The rulesets/ folder on the class path, opened as a file system when it is inside a jar. */
    public static BundledRuleSets onClasspath() {
        URL url = BundledRuleSets.class.getClassLoader().getResource("rulesets/lexicon.yaml");
        if (url == null) throw new RuleSetException("the bundled rule sets are missing from the class path");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    return new BundledRuleSets(FileSystems.getFileSystem(uri).getPath("/rulesets"));
                } catch (FileSystemNotFoundException e) {
                    try {
                        return new BundledRuleSets(FileSystems.newFileSystem(uri, Map.of()).getPath("/rulesets"));
                    } catch (FileSystemAlreadyExistsException raced) {
                        return new BundledRuleSets(FileSystems.getFileSystem(uri).getPath("/rulesets"));
                    }
                }
            }
            return new BundledRuleSets(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new RuleSetException("cannot open the bundled rule sets: " + e.getMessage(), e);
        }
    }

    /** The base lexicon every rule set shares. */
    public Path lexicon() {
        return root.resolve("lexicon.yaml");
    }

    public List<String> ids() {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("ruleset.yaml")))
                    .map(p -> p.getFileName().toString().replace("/", "")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public Optional<Path> folder(String id) {
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) return Optional.empty();
        Path p = root.resolve(id);
        return Files.isRegularFile(p.resolve("ruleset.yaml")) ? Optional.of(p) : Optional.empty();
    }

    boolean contains(Path folder) {
        return folder.getFileSystem() == root.getFileSystem() && folder.startsWith(root);
    }
}
