package checkpolicy.cli;

import checkpolicy.Checker;
import checkpolicy.ingest.IngestException;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyFetcher;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.InputError;
import checkpolicy.report.Report;
import checkpolicy.report.RuleSetResult;
import checkpolicy.report.render.Renderer;
import checkpolicy.report.render.Renderers;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "checkpolicy", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {RuleSetsCommand.class, ExplainCommand.class, BenchCommand.class},
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Checks a published privacy policy against what privacy laws require it to disclose, "
                + "and reports each gap with the quoted evidence, the legal citation and a fix.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  checkpolicy --ruleset dpdp-india policy.txt",
                "  checkpolicy --format json --output report.json policy.html",
                "  checkpolicy --as-of 2027-06-01 --fail-under 60 policy.md",
                "", "Without --as-of every requirement is judged whatever its in-force date (a readiness check).",
                "Rule sets are code: DRL can call Java. Load only rule-set folders you trust."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the check ran and the gate, if asked for, passed",
                "1:a gate failed (--fail-under)",
                "2:usage, configuration or input error (one line on stderr)"})
public final class CheckPolicyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-r", "--ruleset"}, paramLabel = "ID|DIR", defaultValue = "dpdp-india",
            description = "Checks against this rule set: a bundled id or a folder holding ruleset.yaml; repeat for several (default: ${DEFAULT-VALUE}).")
    List<String> ruleSets = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Writes the report as ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Writes the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Judges the law as in force on DATE (YYYY-MM-DD); later requirements are reported NOT_IN_FORCE and left out of the score.")
    LocalDate asOf;

    @Option(names = "--fail-under", paramLabel = "SCORE",
            description = "Exits with 1 when any rule set scores below SCORE (0-100).")
    Double failUnder;

    @Option(names = "--assume", paramLabel = "KEY=yes|no",
            description = "Settles an applicability condition the policy does not, e.g. children=yes.")
    Map<String, String> assume = new LinkedHashMap<>();

    @Option(names = "--max-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Refuses a policy file or page larger than SIZE, e.g. 500KB or 10MB (default: 5MB).")
    Long maxSize;

    @Option(names = "--debug", description = "Prints stack traces with errors.")
    boolean debug;

    // 0..* so that subcommands (rulesets, explain, bench) parse without a FILE; call() insists on one.
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Policy files (.txt, .md, .html, .pdf, .docx) or http(s) addresses to check.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (files.isEmpty()) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
        Renderer renderer = Renderers.byName(format.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new UsageException("unknown format '" + format + "' (formats: " + String.join(", ", Renderers.names()) + ")"));
        if (failUnder != null && (failUnder < 0 || failUnder > 100)) {
            throw new UsageException("--fail-under takes a score from 0 to 100, not " + failUnder);
        }
        Checker.Options options = new Checker.Options(assumptions(), asOf);
        Checker checker = Checker.forRuleSets(ruleSets);

        PrintWriter err = spec.commandLine().getErr();
        PolicyReader reader = maxSize == null ? new PolicyReader() : new PolicyReader(maxSize);
        List<DocumentReport> documents = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (Path file : files) {
            try {
                PolicyDocument doc = load(reader, file);
                documents.add(checker.check(doc, options));
            } catch (IngestException e) {
                errors.add(new InputError(file.toString(), e.getMessage()));
                err.println("checkpolicy: " + e.getMessage());
            }
        }
        if (!documents.isEmpty()) {
            write(renderer, new Report("checkpolicy", VersionProvider.version(), documents, errors));
        }
        if (!errors.isEmpty()) return ExitCode.ERROR.code();
        return gate(documents, err);
    }

    /**
     * Reads a file, or fetches it when the argument is an http(s) address. The address is taken
     * from the argument as typed, since a Path collapses the "//" after the scheme.
     */
    private PolicyDocument load(PolicyReader reader, Path file) throws IngestException {
        String typed = spec.commandLine().getParseResult().matchedPositionals().stream()
                .flatMap(p -> p.originalStringValues().stream())
                .filter(a -> PolicyFetcher.isUrl(a) && Path.of(a).equals(file)).findFirst().orElse(null);
        return typed == null ? reader.read(file) : new PolicyFetcher(reader).fetch(typed);
    }

    private Map<String, Boolean> assumptions() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        assume.forEach((k, v) -> {
            String value = v.toLowerCase(Locale.ROOT);
            if (value.equals("yes") || value.equals("true")) out.put(k, true);
            else if (value.equals("no") || value.equals("false")) out.put(k, false);
            else throw new UsageException("--assume " + k + "=" + v + ": the value must be yes or no");
        });
        return out;
    }

    private void write(Renderer renderer, Report report) throws IOException {
        if (output == null) {
            Writer out = spec.commandLine().getOut();
            renderer.render(report, out);
            out.flush();
            return;
        }
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
            renderer.render(report, w);
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + e.getMessage());
        }
    }

    private int gate(List<DocumentReport> documents, PrintWriter err) {
        if (failUnder == null) return ExitCode.OK.code();
        boolean failed = false;
        for (DocumentReport d : documents) {
            for (RuleSetResult r : d.results()) {
                if (r.score() != null && r.score() < failUnder) {
                    err.printf(Locale.ROOT, "checkpolicy: %s scores %.1f under %s, below --fail-under %.1f%n",
                            d.path(), r.score(), r.ruleset(), failUnder);
                    failed = true;
                }
            }
        }
        return failed ? ExitCode.GATE_FAILED.code() : ExitCode.OK.code();
    }

    /** Lets --help list the formats from the renderer registry. */
    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            super(Renderers.names());
        }
    }
}
