package checkpolicy;

import checkpolicy.extract.Lexicon;
import checkpolicy.extract.value.ValueScanner;
import checkpolicy.image.SourceImage;
import checkpolicy.rules.BundledRuleSets;
import checkpolicy.rules.RuleSetLoader;
import checkpolicy.rules.internal.PrecompileRuleSets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Run by the build (exec-maven-plugin, process-classes): compiles what the jar would otherwise
 * compile at every start. The bundled rule sets' KieBases and the parse of their ruleset.yaml
 * ({@link PrecompileRuleSets}); for each bundled rule set, its lexicon files after the shared
 * one ({@link Lexicon#images}); and the data-item gazetteer ({@link ValueScanner#images}). Each
 * is used only when made from the same sources, so a stale one costs time, never a wrong result.
 *
 * <p>Arguments: the rulesets folder to read, the classes folder to write into.
 */
public final class Precompile {

    private Precompile() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: Precompile RULESETS_DIR CLASSES_DIR");
        PrecompileRuleSets.main(args);
        Path rulesets = Path.of(args[0]);
        Path out = Path.of(args[1]).resolve(SourceImage.FOLDER);
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("lexicon-")).toList()) Files.delete(p);
        }
        Lexicon.Source shared = new Lexicon.Source(Checker.SHARED_LEXICON.name(), () -> Files.newInputStream(rulesets.resolve("lexicon.yaml")));
        BundledRuleSets bundled = new BundledRuleSets(rulesets);
        RuleSetLoader loader = new RuleSetLoader(bundled);
        Map<String, byte[]> images = new TreeMap<>();
        for (String id : bundled.ids()) {
            List<Lexicon.Source> sources = new ArrayList<>(List.of(shared));
            sources.addAll(Checker.ruleSetLexicons(loader.loadSections(id)));
            images.putAll(Lexicon.images(sources));
        }
        for (Map.Entry<String, byte[]> image : images.entrySet()) Files.write(out.resolve(image.getKey()), image.getValue());
        for (Map.Entry<String, byte[]> image : ValueScanner.images().entrySet()) Files.write(out.resolve(image.getKey()), image.getValue());
        System.out.printf("checkpolicy: compiled %d lexicon images and the value gazetteers%n", images.size());
    }
}
