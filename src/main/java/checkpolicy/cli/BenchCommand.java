package checkpolicy.cli;

import checkpolicy.Checker;
import checkpolicy.bench.BenchCorpus;
import checkpolicy.bench.BenchScorer;
import checkpolicy.bench.Benchmark;
import checkpolicy.bench.EvidenceTrainer;
import checkpolicy.extract.EvidenceModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures topic detection on policies labelled by others (OPP-115, GoPPC-150, C3PA), "
                + "scored as ../shared/bench/score.py scores it: per label document-level precision, recall and F1, "
                + "and where passages are annotated, whether the quoted passages are the annotated ones."},
        footerHeading = "%nExample:%n", footer = "  checkpolicy bench --misses 5 ../shared/bench")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "BENCH_ROOT", description = "Folder holding mapping.yaml and <corpus>/{policies,labels.csv,segments.csv}.")
    Path root;

    @Option(names = {"-r", "--ruleset"}, paramLabel = "ID|DIR", defaultValue = "dpdp-india",
            description = "Loads this rule set's lexicon too, as a check with it would (default: ${DEFAULT-VALUE}).")
    List<String> ruleSets = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "NAME", description = "Scores only this corpus (opp115, goppc150, c3pa).")
    String only;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "0",
            description = "Lists up to N false negatives, N false positives and N unfound annotated passages per label.")
    int misses;

    @Option(names = "--lexicon-only",
            description = "Scores the lexicon's reading alone, without the learnt evidence models: what the rules "
                    + "see, and which annotated passages no phrase reads at all.")
    boolean lexiconOnly;

    @Option(names = "--min-macro-f1", paramLabel = "X", defaultValue = "0",
            description = "Exits with 1 when a corpus's document macro-F1 is below X.")
    double minMacro;

    @Option(names = "--train-evidence-model", paramLabel = "FILE",
            description = {"Trains the model that picks which read passages stand as evidence, from the annotated "
                    + "passages of OPP-115 and GoPPC-150, prints its 5-fold cross-validated figures beside the "
                    + "lexicon's alone, and writes it to FILE (the jar ships "
                    + "src/main/resources/checkpolicy/extract/evidence-model.tsv)."})
    Path trainTo;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(root.resolve("mapping.yaml"))) {
            throw new UsageException(root + ": no mapping.yaml here; name the bench folder (../shared/bench)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Checker checker = Checker.forRuleSets(ruleSets);
        if (trainTo != null) return train(checker, out);
        if (lexiconOnly) checker = checker.withEvidenceModel(EvidenceModel.none());
        Benchmark bench = new Benchmark(checker);
        List<String> summary = new ArrayList<>();
        boolean failed = false;
        for (BenchCorpus corpus : Benchmark.corpora(root)) {
            if (only != null && !only.equals(corpus.name())) continue;
            Map<String, List<BenchScorer.Fact>> facts = bench.detect(corpus);
            BenchScorer.Result r = new BenchScorer().score(corpus, facts);
            Benchmark.print(r, out);
            if (misses > 0) {
                Benchmark.printMisses(corpus, facts, misses, out);
                Benchmark.printPassageMisses(corpus, facts, misses, out);
            }
            summary.add(String.format(Locale.ROOT, "%s %.3f%s", r.corpus(), r.macroF1(),
                    r.evidence().isEmpty() ? "" : String.format(Locale.ROOT, " / evidence %.3f", r.evidenceMacroF1())));
            failed |= r.macroF1() < minMacro;
        }
        out.println("macro-F1 documents / evidence: " + String.join(", ", summary));
        out.flush();
        return failed ? ExitCode.GATE_FAILED.code() : ExitCode.OK.code();
    }

    private int train(Checker checker, PrintWriter out) throws IOException {
        EvidenceTrainer trainer = new EvidenceTrainer(checker);
        List<EvidenceTrainer.Reading> readings = trainer.read(Benchmark.corpora(root));
        if (readings.isEmpty()) throw new UsageException(root + ": no corpus with annotated passages (segments.csv)");
        List<BenchScorer.Result> lexiconAlone = EvidenceTrainer.withoutModel(readings);
        EvidenceTrainer.CrossValidation cv = trainer.crossValidate(readings, FOLDS);
        for (int i = 0; i < lexiconAlone.size(); i++) {
            BenchScorer.Result before = lexiconAlone.get(i), selected = cv.selected().get(i), context = cv.withContext().get(i);
            out.printf(Locale.ROOT, "%s: documents %.3f -> %.3f, evidence %.3f -> %.3f selected -> %.3f with context "
                            + "(%d-fold cross-validated)%n", before.corpus(), before.macroF1(), context.macroF1(),
                    before.evidenceMacroF1(), selected.evidenceMacroF1(), context.evidenceMacroF1(), FOLDS);
            for (int j = 0; j < context.evidence().size(); j++) {
                BenchScorer.EvidenceScore lexicon = before.evidence().get(j), held = context.evidence().get(j);
                out.printf(Locale.ROOT, "  evidence %-40.40s %.2f -> P %.2f R %.2f F1 %.2f%n", held.label(),
                        lexicon.f1(), held.precision(), held.recall(), held.f1());
            }
        }
        out.println("context passages ship for: " + String.join(", ", cv.contextTopics()));
        StringBuilder gains = new StringBuilder("summed evidence macro-F1 gained by each topic's context passages alone:");
        cv.gainAlone().forEach((topic, gain) -> gains.append(String.format(Locale.ROOT, " %s %+.3f", topic, gain)));
        out.println(gains);
        List<EvidenceTrainer.Example> all = new ArrayList<>();
        List<EvidenceTrainer.Example> context = new ArrayList<>();
        for (EvidenceTrainer.Reading r : readings) {
            all.addAll(EvidenceTrainer.examples(r));
            context.addAll(trainer.contextExamples(r));
        }
        EvidenceModel model = trainer.train(all).withContext(trainer.trainContext(context, cv.contextTopics()));
        try (java.io.Writer w = Files.newBufferedWriter(trainTo, java.nio.charset.StandardCharsets.UTF_8)) {
            model.write(w);
        }
        out.printf(Locale.ROOT, "trained on %d passages of %d documents; wrote %s%n", all.size(), readings.size(), trainTo);
        out.flush();
        return ExitCode.OK.code();
    }

    private static final int FOLDS = 5;
}
