package checkpolicy.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.kie.api.KieBase;

/**
 * Starts reading the compiled images of the bundled rule sets a run names before their
 * ruleset.yaml is even parsed, so that on a second core the read overlaps the YAML and the
 * lexicon instead of following them. The build lists, per bundled id, the entries it wrote
 * ({@link #INDEX}); an early read is only used when the entry name computed later from the loaded
 * rule set (content key and code fingerprint) is the same, so the index can never put a stale
 * KieBase in a run: at worst the read was wasted.
 */
public final class BundledPrefetch {

    /** Lines "id=entry[,entry]" written by {@link PrecompileRuleSets}. */
    public static final String INDEX = KieBaseCache.BUNDLED_FOLDER + "index.properties";

    private static final Map<String, CompletableFuture<KieBase>> STARTED = new ConcurrentHashMap<>();

    private BundledPrefetch() {}

    /** Starts the reads for these ids; folders, unknown ids and a missing index are left to the normal path. */
    public static void start(List<String> idsOrPaths, Executor executor) {
        Properties index = index();
        if (index == null) return;
        for (String id : idsOrPaths) {
            String entries = index.getProperty(id);
            if (entries == null || isFolder(id)) continue;
            for (String name : entries.split(",")) {
                STARTED.computeIfAbsent(name, n -> CompletableFuture.supplyAsync(() -> read(n), executor));
            }
        }
    }

    /**
     * The read started for this entry; null when none was. Kept, not handed over once: a KieBase
     * is shared anyway, and a later run in the same process must not start the read again.
     */
    public static CompletableFuture<KieBase> started(String entryName) {
        return STARTED.get(entryName);
    }

    private static KieBase read(String name) {
        try (InputStream in = BundledPrefetch.class.getClassLoader().getResourceAsStream(KieBaseCache.BUNDLED_FOLDER + name)) {
            if (in == null) throw new IllegalStateException("no bundled image " + name);
            return KieBaseImage.read(in.readAllBytes());
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("bundled image " + name + " does not read: " + e.getMessage(), e);
        }
    }

    /** A folder in the working directory named like a bundled rule set is what RuleSetLoader picks. */
    private static boolean isFolder(String id) {
        try {
            return Files.isDirectory(Path.of(id));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static Properties index() {
        try (InputStream in = BundledPrefetch.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            return null;
        }
    }
}
