package checkpolicy.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns what a user names (files, folders, globs) into the policy files to check. Named files
 * are kept whatever their extension (the reader will say if it cannot read one); folders and
 * globs yield only policy extensions, sorted, skipping hidden folders, so a run over a repository
 * is the same on every machine. A file named twice is checked once.
 */
public final class InputFiles {

    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "pdf", "docx");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", "build");

    private InputFiles() {}

    /** A name that matched nothing: a glob without matches or a folder without policies. */
    public static final class NothingMatched extends RuntimeException {
        NothingMatched(String message) {
            super(message);
        }
    }

    /**
     * @param base the folder relative names are resolved against
     * @param cwd the folder displayed paths are relative to
     */
    public static List<Path> expand(List<String> names, Path base, Path cwd) {
        Map<Path, Path> out = new LinkedHashMap<>();
        Path absCwd = cwd.toAbsolutePath().normalize();
        for (String name : names) {
            for (Path p : expandOne(name, base)) {
                Path abs = p.toAbsolutePath().normalize();
                Path shown = abs.startsWith(absCwd) && !abs.equals(absCwd) ? absCwd.relativize(abs) : abs;
                // Keep a path as the user typed it when it was named directly, so reports show their spelling.
                out.putIfAbsent(abs, isGlob(name) || Files.isDirectory(base.resolve(name)) ? shown : displayed(name, base, shown));
            }
        }
        return List.copyOf(out.values());
    }

    private static Path displayed(String name, Path base, Path shown) {
        return Path.of(name).isAbsolute() || base.toAbsolutePath().normalize().equals(Path.of("").toAbsolutePath().normalize())
                ? Path.of(name) : shown;
    }

    static boolean isGlob(String name) {
        return name.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static List<Path> expandOne(String name, Path base) {
        if (isGlob(name)) return glob(name, base);
        Path p = base.resolve(name);
        if (Files.isDirectory(p)) {
            List<Path> found = walk(p, f -> policyExtension(f));
            if (found.isEmpty()) throw new NothingMatched(name + ": no policy files (" + String.join(", ", sortedExtensions()) + ") in this folder");
            return found;
        }
        return List.of(p);
    }

    private static List<Path> glob(String pattern, Path base) {
        String unix = pattern.replace('\\', '/');
        int firstMeta = 0;
        while (firstMeta < unix.length() && "*?[{".indexOf(unix.charAt(firstMeta)) < 0) firstMeta++;
        int slash = unix.lastIndexOf('/', firstMeta);
        Path root = base.resolve(slash < 0 ? "." : unix.substring(0, Math.max(slash, 1)));
        String rootText = slash < 0 ? "" : unix.substring(0, slash + 1);
        String relPattern = unix.substring(slash + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + relPattern);
        // As in shells with globstar, "**/" also matches no folder at all: "**/*.md" takes a.md too.
        PathMatcher top = relPattern.startsWith("**/")
                ? FileSystems.getDefault().getPathMatcher("glob:" + relPattern.substring(3)) : matcher;
        List<Path> found = Files.isDirectory(root) ? walk(root, f -> {
            String rel = root.relativize(f).toString().replace('\\', '/');
            return (matcher.matches(Path.of(rel)) || top.matches(Path.of(rel))) && policyExtension(f);
        }) : List.of();
        if (found.isEmpty()) throw new NothingMatched(pattern + ": no policy files match" + (rootText.isEmpty() ? "" : " under " + rootText));
        return found;
    }

    private static boolean policyExtension(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(n.substring(dot + 1));
    }

    private static List<String> sortedExtensions() {
        return EXTENSIONS.stream().sorted().map(e -> "." + e).toList();
    }

    private static List<Path> walk(Path root, java.util.function.Predicate<Path> keep) {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(root) && (n.startsWith(".") || SKIPPED_FOLDERS.contains(n));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // A link to a policy file is a policy file (a corpus is often a folder of links);
                    // links to folders are not followed, so a loop of links cannot hang the walk.
                    boolean isFile = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file));
                    if (isFile && keep.test(file)) out.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(java.util.Comparator.comparing(p -> p.toString().replace('\\', '/')));
        return out;
    }
}
