package checkpolicy;

import checkpolicy.extract.Lexicon;
import checkpolicy.rules.internal.PrecompileRuleSets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build (exec-maven-plugin, process-classes): compiles what the jar would otherwise
 * compile at every start, the bundled rule sets' KieBases ({@link PrecompileRuleSets}) and the
 * shared lexicon ({@link Lexicon#image}), into the classes folder. Each is used only when made
 * from the same sources, so a stale one costs time, never a wrong result.
 *
 * <p>Arguments: the rulesets folder to read, the classes folder to write into.
 */
public final class Precompile {

    private Precompile() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: Precompile RULESETS_DIR CLASSES_DIR");
        Path lexicon = Path.of(args[0]).resolve("lexicon.yaml");
        Path image = Path.of(args[1]).resolve(Checker.LEXICON_IMAGE);
        Files.createDirectories(image.getParent());
        Files.write(image, Lexicon.image(new Lexicon.Source(Checker.SHARED_LEXICON.name(), () -> Files.newInputStream(lexicon))));
        PrecompileRuleSets.main(args);
    }
}
