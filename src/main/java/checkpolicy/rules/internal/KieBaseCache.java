package checkpolicy.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.kie.api.KieBase;

/**
 * Where KieBases built from DRL are kept between runs: the images bundled in the jar by the
 * build (rulesets compiled at build time) and a folder on disk for users' own rule sets.
 *
 * <p>Entries are named by the rule set's content key and the code it was compiled against, so
 * an edited DRL, a changed fact class or another Drools never meets a stale entry. Writers go through a temporary file and an
 * atomic rename, so concurrent runs see a whole entry or none; an entry that does not read back
 * (damaged, or from an incompatible build) is ignored and rebuilt. The cache is an optimisation:
 * any failure to use it falls back to compiling, never to an error.
 */
public final class KieBaseCache {

    /** Where the build puts the images of the bundled rule sets, on the class path. */
    public static final String BUNDLED_FOLDER = checkpolicy.image.SourceImage.FOLDER;
    public static final String SUFFIX = ".kbase";

    private final Path folder;

    private KieBaseCache(Path folder) {
        this.folder = folder;
    }

    /** A cache in this folder (created on first write). */
    public static KieBaseCache in(Path folder) {
        return new KieBaseCache(folder);
    }

    /** Only the images bundled in the jar; nothing is written to disk. */
    public static KieBaseCache bundledOnly() {
        return new KieBaseCache(null);
    }

    /**
     * CHECKPOLICY_CACHE_DIR (or -Dcheckpolicy.cache.dir; "off" turns the disk cache off), else
     * $XDG_CACHE_HOME/checkpolicy, else ~/.cache/checkpolicy.
     */
    public static KieBaseCache fromEnvironment() {
        String named = System.getProperty("checkpolicy.cache.dir", System.getenv("CHECKPOLICY_CACHE_DIR"));
        if (named != null && !named.isBlank()) {
            return named.equals("off") ? bundledOnly() : in(Path.of(named));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return in(Path.of(xdg, "checkpolicy"));
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? bundledOnly() : in(Path.of(home, ".cache", "checkpolicy"));
    }

    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** Whether an entry exists for this content key (it may still turn out damaged: {@link #get} tells). */
    public boolean has(String contentKey) {
        if (CodeFingerprint.VALUE == null) return false;
        String name = entryName(contentKey);
        return KieBaseCache.class.getClassLoader().getResource(BUNDLED_FOLDER + name) != null
                || (folder != null && Files.isRegularFile(folder.resolve(name)));
    }

    /** The KieBase for this content key: bundled in the jar, else from disk; empty when neither has a good one. */
    public Optional<KieBase> get(String contentKey) {
        if (CodeFingerprint.VALUE == null) return Optional.empty();
        String name = entryName(contentKey);
        Optional<KieBase> bundled = bundled(name);
        if (bundled.isPresent() || folder == null) return bundled;
        Path entry = folder.resolve(name);
        if (!Files.isRegularFile(entry)) return Optional.empty();
        try {
            return Optional.of(KieBaseImage.read(Files.readAllBytes(entry)));
        } catch (Exception | LinkageError bad) {
            return Optional.empty(); // rebuilt by the caller, and overwritten by put
        }
    }

    private static Optional<KieBase> bundled(String name) {
        try (InputStream in = KieBaseCache.class.getClassLoader().getResourceAsStream(BUNDLED_FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(KieBaseImage.read(in.readAllBytes()));
        } catch (Exception | LinkageError bad) {
            return Optional.empty();
        }
    }

    /** Keeps the KieBase for later runs; a failure (read-only home, full disk) only costs the next run time. */
    public void put(String contentKey, KieBase kieBase) {
        if (folder == null || CodeFingerprint.VALUE == null) return;
        Path tmp = null;
        try {
            Files.createDirectories(folder);
            Path entry = folder.resolve(entryName(contentKey));
            tmp = folder.resolve(entry.getFileName() + "." + UUID.randomUUID() + ".tmp");
            Files.write(tmp, KieBaseImage.write(kieBase));
            try {
                Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temporary file is harmless
                }
            }
        }
    }

    /**
     * The entry for a content key, in the jar and on disk alike: the key and the code it was
     * compiled against ({@link CodeFingerprint}), hashed together.
     */
    public static String entryName(String contentKey) {
        return sha256(contentKey + "\0" + CodeFingerprint.VALUE) + SUFFIX;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
