package checkpolicy.cli;

import checkpolicy.Checker;
import checkpolicy.gate.Baseline;
import checkpolicy.gate.FailOn;
import checkpolicy.gate.Gate;
import checkpolicy.gate.GateConfig;
import checkpolicy.gate.InlineWaivers;
import checkpolicy.ingest.PolicyFetcher;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.Report;
import checkpolicy.report.render.BinaryRenderer;
import checkpolicy.report.render.DatedRenderer;
import checkpolicy.report.render.JsonLinesRenderer;
import checkpolicy.report.render.Renderer;
import checkpolicy.report.render.Renderers;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "checkpolicy", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {RuleSetsCommand.class, ExplainCommand.class, BenchCommand.class, InitCommand.class, BaselineCommand.class,
                DiffCommand.class},
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Checks a published privacy policy against what privacy laws require it to disclose, "
                + "and reports each gap with the quoted evidence, the legal citation and a fix.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  checkpolicy --ruleset dpdp-india policy.txt",
                "  checkpolicy --format json --output report.json policy.html",
                "  checkpolicy --as-of 2027-06-01 --fail-under 60 policy.md",
                "  checkpolicy --fail-on required --format sarif --output checkpolicy.sarif docs/",
                "  checkpolicy diff old/privacy.md privacy.md",
                "", "Without --as-of every requirement is judged whatever its in-force date (a readiness check).",
                "Rule sets are code: DRL can call Java. Load only rule-set folders you trust."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the check ran and the gate, if asked for, passed",
                "1:a gate failed (--fail-under, --fail-on, an expired waiver)",
                "2:usage, configuration or input error (one line on stderr)"})
public final class CheckPolicyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptions check;

    @Mixin
    BatchOptions batch;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Writes the report as ${COMPLETION-CANDIDATES} (default: text).",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Writes the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-under", paramLabel = "SCORE",
            description = "Exits with 1 when any rule set scores below SCORE (0-100).")
    Double failUnder;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exits with 1 on any gap (not waived, not in the baseline) of this severity or worse: ${COMPLETION-CANDIDATES}.")
    FailOn failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Fails only on gaps not recorded in FILE by 'checkpolicy baseline' (default: " + GateConfig.DEFAULT_BASELINE + " if present).")
    Path baseline;

    @Option(names = "--generated-on", paramLabel = "DATE",
            description = "Prints DATE (YYYY-MM-DD) as the generation date of html and pdf reports; else SOURCE_DATE_EPOCH gives it, else none is printed.")
    LocalDate generatedOn;

    @Option(names = "--no-baseline", description = "Ignores any baseline: every gap counts.")
    boolean noBaseline;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Refuses a policy file or page larger than SIZE, e.g. 500KB or 10MB (default: 5MB).")
    Long maxSize;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Policy files, folders (searched for .txt, .md, .markdown, .html, .htm, .pdf, .docx, links to such files included), globs or http(s) addresses; default: 'paths' in .checkpolicy.yaml.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        GateConfig cfg = check.loadConfig();
        String name = format != null ? format : cfg.format() != null ? cfg.format() : "text";
        Renderer renderer = Renderers.byName(name.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new UsageException("unknown format '" + name + "' (formats: " + String.join(", ", Renderers.names()) + ")"));
        Double under = failUnder != null ? failUnder : cfg.failUnder();
        if (under != null && (under < 0 || under > 100)) {
            throw new UsageException("--fail-under takes a score from 0 to 100, not " + under);
        }
        FailOn on = failOn != null ? failOn : cfg.failOn() != null ? cfg.failOn() : FailOn.NONE;
        if (renderer instanceof DatedRenderer dated) renderer = dated.generatedOn(GenerationDate.resolve(generatedOn, System.getenv("SOURCE_DATE_EPOCH")));
        if (renderer instanceof BinaryRenderer && output == null) {
            throw new UsageException("--format " + renderer.name() + " writes a binary file: name it with --output FILE");
        }
        CheckRun.requireInputs(spec, files, cfg);
        // Web addresses are fetched, not expanded as paths or globs (a "?" in a URL is no wildcard).
        List<String> urls = files.stream().filter(PolicyFetcher::isUrl).toList();
        List<String> named = files.stream().filter(f -> !PolicyFetcher.isUrl(f)).toList();
        List<Path> inputs = named.isEmpty() && !urls.isEmpty() ? List.of() : CheckRun.inputs(named, cfg);
        Checker checker = Checker.forRuleSets(check.ruleSets(cfg));
        if (!renderer.showsContext()) checker = checker.withoutContext();

        PrintWriter err = spec.commandLine().getErr();
        PolicyReader reader = maxSize == null ? new PolicyReader() : new PolicyReader(maxSize);
        Path baselineFile = baselineFile(cfg);
        Gate gate = new Gate(cfg.waivers(), cfg.base(), path -> InlineWaivers.in(Path.of(path), path),
                baselineFile == null ? null : Baseline.read(baselineFile), baselineFile, LocalDate.now(ZoneOffset.UTC));
        if (renderer instanceof JsonLinesRenderer lines) return streamLines(lines, gate, on, under, checker, check.options(cfg), inputs, urls, reader);
        Report checked = CheckRun.check(checker, check.options(cfg), inputs, urls, reader, batch.jobs(), batch.progress(), err);
        Report report = new Report(checked.toolName(), checked.toolVersion(), checked.documents(), checked.errors(),
                gate.review(checked));
        if (!report.documents().isEmpty()) write(renderer, report);
        if (!report.errors().isEmpty()) return ExitCode.ERROR.code();
        List<String> failures = Gate.failures(report, on, under, gate.expiredWaivers());
        failures.forEach(f -> err.println("checkpolicy: " + f));
        return failures.isEmpty() ? ExitCode.OK.code() : ExitCode.GATE_FAILED.code();
    }

    /** JSON Lines are written as documents are done, to the output file or stdout. */
    private int streamLines(JsonLinesRenderer lines, Gate gate, FailOn on, Double under, Checker checker, Checker.Options options,
                            List<Path> inputs, List<String> urls, PolicyReader reader) {
        JsonLinesRun run = new JsonLinesRun(lines, gate, on, under);
        PrintWriter err = spec.commandLine().getErr();
        if (output == null) return run.run(checker, options, inputs, urls, reader, batch, spec.commandLine().getOut(), err);
        try (Writer w = new java.io.BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
            return run.run(checker, options, inputs, urls, reader, batch, w, err);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UsageException("cannot write " + output + ": " + e.getMessage());
        }
    }

    /** The flag's file (which must exist), else the config's or the default one if it exists. */
    private Path baselineFile(GateConfig cfg) {
        if (noBaseline) return null;
        if (baseline != null) {
            if (!Files.isRegularFile(baseline)) throw new UsageException("--baseline " + baseline + ": no such file");
            return baseline;
        }
        Path candidate = cfg.baseline() != null ? cfg.baseline() : cfg.base().resolve(GateConfig.DEFAULT_BASELINE);
        if (!Files.isRegularFile(candidate)) return null;
        Path cwd = CheckOptions.cwd();
        return candidate.startsWith(cwd) ? cwd.relativize(candidate) : candidate;
    }

    private void write(Renderer renderer, Report report) throws IOException {
        if (output == null) {
            Writer out = spec.commandLine().getOut();
            renderer.render(report, out);
            out.flush();
            return;
        }
        if (renderer instanceof BinaryRenderer binary) {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(output))) {
                binary.render(report, o);
            } catch (IOException e) {
                throw new UsageException("cannot write " + output + ": " + e.getMessage());
            }
            return;
        }
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
            renderer.render(report, w);
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + e.getMessage());
        }
    }

    /** Lets --help list the formats from the renderer registry. */
    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            super(Renderers.names());
        }
    }
}
