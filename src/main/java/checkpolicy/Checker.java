package checkpolicy;

import checkpolicy.extract.EvidenceModel;
import checkpolicy.extract.Extraction;
import checkpolicy.extract.Extractor;
import checkpolicy.extract.Lexicon;
import checkpolicy.extract.value.ValueScanner;
import checkpolicy.facts.JudgedOn;
import checkpolicy.image.SourceImage;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.Scorer;
import checkpolicy.rules.BundledRuleSets;
import checkpolicy.rules.CompiledRuleSet;
import checkpolicy.rules.FindingSettler;
import checkpolicy.rules.RuleSet;
import checkpolicy.rules.RuleSetCompiler;
import checkpolicy.rules.RuleSetLoader;
import checkpolicy.rules.RuleSetVerdict;
import checkpolicy.rules.SessionFacts;
import checkpolicy.report.RuleSetResult;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole pipeline for one document: extract facts, run each rule set, settle and score.
 * Build one per process (compiling rule sets is the costly part) and call {@link #check} for
 * every document; it is thread-safe.
 */
public final class Checker {

    /** The compiled lexicon sources the build put in the jar ({@link Precompile}). */
    static final Lexicon.Images LEXICON_IMAGES = name -> Checker.class.getClassLoader().getResourceAsStream(SourceImage.FOLDER + name);

    /** The base lexicon in the jar; opened on the reading thread, which then also opens the jar's file system. */
    static final Lexicon.Source SHARED_LEXICON = new Lexicon.Source("rulesets/lexicon.yaml",
            () -> Files.newInputStream(BundledRuleSets.onClasspath().lexicon()));

    /** A read of the shared lexicon that {@link #prefetch} started; taken by one checker, as the builder it yields is extended. */
    private static final AtomicReference<Lexicon.Pending> EARLY_LEXICON = new AtomicReference<>();

    private final List<CompiledRuleSet> ruleSets;
    private final Extractor extractor;
    private final FindingSettler settler = new FindingSettler();
    private final Scorer scorer = new Scorer();

    private Checker(List<CompiledRuleSet> ruleSets, Extractor extractor) {
        this.ruleSets = List.copyOf(ruleSets);
        this.extractor = extractor;
    }

    /** What the user settled: conditions answered with --assume, and the date to judge as of (null: readiness). */
    public record Options(Map<String, Boolean> assumed, LocalDate asOf) {

        public Options {
            assumed = Map.copyOf(assumed);
        }

        public static Options defaults() {
            return new Options(Map.of(), null);
        }
    }

    /**
     * Starts reading, on daemon threads, what {@link #forRuleSets} will need for these rule sets:
     * the images of bundled ones, the evidence model and the shared lexicon. A cold start calls it
     * before its command line is even parsed, so the reads use the second core meanwhile; the next
     * {@link #forRuleSets} picks them up. Naming other rule sets later only wastes the image reads.
     */
    public static void prefetch(List<String> idsOrPaths) {
        RuleSetCompiler.prefetchBundled(idsOrPaths);
        EvidenceModel.prefetchBundled();
        if (EARLY_LEXICON.get() == null) EARLY_LEXICON.compareAndSet(null, Lexicon.startLoading(SHARED_LEXICON, LEXICON_IMAGES));
    }

    /** Loads and compiles the named rule sets (bundled ids or folders), with the lexicons they bring. */
    public static Checker forRuleSets(List<String> idsOrPaths) {
        prefetch(idsOrPaths);
        Lexicon.Pending sharedLexicon = EARLY_LEXICON.getAndSet(null);
        if (sharedLexicon == null) sharedLexicon = Lexicon.startLoading(SHARED_LEXICON, LEXICON_IMAGES);
        RuleSetLoader loader = new RuleSetLoader(BundledRuleSets.onClasspath());
        List<RuleSet> sections = new ArrayList<>();
        for (RuleSet rs : idsOrPaths.stream().flatMap(id -> loader.loadSections(id).stream()).toList()) {
            if (sections.stream().noneMatch(s -> s.id().equals(rs.id()))) sections.add(rs);
        }
        List<Lexicon.Source> lexicons = ruleSetLexicons(sections);
        Lexicon.Built lexicon = sharedLexicon.finishing(lexicons);
        RuleSetCompiler compiler = new RuleSetCompiler();
        List<CompiledRuleSet> compiled = sections.stream().map(compiler::compile).toList();
        return new Checker(compiled, new Extractor(lexicon.join(), new ValueScanner()));
    }

    /** The lexicon files these rule sets bring, each once, in order: what is read after the shared lexicon. */
    static List<Lexicon.Source> ruleSetLexicons(List<RuleSet> sections) {
        List<Lexicon.Source> lexicons = new ArrayList<>();
        for (RuleSet rs : sections) {
            for (RuleSet.SourceFile lex : rs.lexicons()) {
                if (lexicons.stream().noneMatch(l -> l.name().equals(lex.name()))) {
                    lexicons.add(new Lexicon.Source(lex.name(), () -> new java.io.ByteArrayInputStream(
                            lex.content().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
                }
            }
        }
        return lexicons;
    }

    /** This checker with another evidence model: what training and measuring the model need. */
    public Checker withEvidenceModel(EvidenceModel model) {
        return new Checker(ruleSets, extractor.withEvidenceModel(model));
    }

    /** This checker without passages read from context: for reports that do not show facts. */
    public Checker withoutContext() {
        return new Checker(ruleSets, extractor.withoutContext());
    }

    /** Whether a topic may be read from context alone (not one that needs a stated value). */
    public boolean mayContinue(String topic) {
        return extractor.mayContinue(topic);
    }

    public List<RuleSet> ruleSets() {
        return ruleSets.stream().map(CompiledRuleSet::ruleSet).toList();
    }

    /** The facts alone, without judging them: what benchmarks of detection need. */
    public Extraction extract(PolicyDocument document) {
        return extractor.extract(document);
    }

    /** --as-of, else an archive date, never the clock (reports stay byte-identical); null when neither is known. */
    private static JudgedOn judgedOn(PolicyDocument document, Options options) {
        if (options.asOf() != null) return new JudgedOn(options.asOf(), "--as-of");
        try {
            return document.archivedOn().map(d -> new JudgedOn(LocalDate.parse(d), "archived copy")).orElse(null);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public DocumentReport check(PolicyDocument document, Options options) {
        Extraction facts = extractor.extract(document);
        List<Object> session = new ArrayList<>(SessionFacts.of(facts.disclosures(), facts.passing(), facts.values(),
                options.assumed(), document.address().orElse(null)));
        JudgedOn judgedOn = judgedOn(document, options);
        if (judgedOn != null) session.add(judgedOn);
        List<RuleSetResult> results = new ArrayList<>();
        for (CompiledRuleSet rs : ruleSets) {
            RuleSetVerdict v = settler.settle(rs.ruleSet(), rs.fire(session), options.assumed(), options.asOf());
            RuleSet meta = rs.ruleSet();
            results.add(scorer.score(meta.id(), meta.title(), meta.version(), v.asOf(), meta.requirements(),
                    v.findings(), v.conditions()));
        }
        return new DocumentReport(document.path(), document.sha256(), document.format(),
                document.archivedOn().orElse(null), facts.disclosures(), facts.context(), facts.values(), results);
    }
}
