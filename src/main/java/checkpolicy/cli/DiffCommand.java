package checkpolicy.cli;

import checkpolicy.Checker;
import checkpolicy.gate.DiffWriter;
import checkpolicy.gate.FailOn;
import checkpolicy.gate.GateConfig;
import checkpolicy.gate.PolicyDiff;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.DocumentReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Shows what changed between two versions of a policy: requirements newly met or missing, changed evidence, the score delta.",
        footer = {"", "Exits with 1 when NEW is worse: with --fail-on, a requirement of that severity regressed; with",
                "--fail-under, NEW scores below SCORE and below OLD; with neither, NEW scores below OLD."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptions check;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Writes the changes as text, markdown or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--fail-under", paramLabel = "SCORE",
            description = "Counts NEW as worse only when it also scores below SCORE (0-100).")
    Double failUnder;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Counts NEW as worse when a requirement of this severity or worse regressed: ${COMPLETION-CANDIDATES}.")
    FailOn failOn;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version of the policy.")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version of the policy.")
    Path newFile;

    @Override
    public Integer call() throws IOException, checkpolicy.ingest.IngestException {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!DiffWriter.FORMATS.contains(fmt)) {
            throw new UsageException("unknown diff format '" + format + "' (formats: " + String.join(", ", DiffWriter.FORMATS) + ")");
        }
        GateConfig cfg = check.loadConfig();
        FailOn on = failOn != null ? failOn : cfg.failOn();
        Double under = failUnder != null ? failUnder : cfg.failUnder();
        Checker checker = Checker.forRuleSets(check.ruleSets(cfg));
        Checker.Options options = check.options(cfg);
        PolicyReader reader = new PolicyReader();
        DocumentReport before = checker.check(reader.read(oldFile), options);
        DocumentReport after = checker.check(reader.read(newFile), options);
        PolicyDiff diff = PolicyDiff.of(before, after);
        Writer out = spec.commandLine().getOut();
        DiffWriter.write(diff, fmt, out);
        out.flush();
        return worse(diff, on, under, spec.commandLine().getErr()) ? ExitCode.GATE_FAILED.code() : ExitCode.OK.code();
    }

    private static boolean worse(PolicyDiff diff, FailOn on, Double under, PrintWriter err) {
        boolean worse = false;
        for (PolicyDiff.RuleSetDiff r : diff.ruleSets()) {
            boolean dropped = r.delta() != null && r.delta() < 0;
            if (on != null && on != FailOn.NONE) {
                for (PolicyDiff.RequirementChange c : r.changes()) {
                    if (c.worse() && on.fails(c.after().requirement().severity())) {
                        err.println("checkpolicy: " + c.id() + " regressed: " + c.before().finding().status() + " -> " + c.after().finding().status());
                        worse = true;
                    }
                }
            }
            if (under != null && dropped && r.newScore() < under) {
                err.printf(Locale.ROOT, "checkpolicy: %s dropped to %.1f, below --fail-under %.1f%n", r.ruleset(), r.newScore(), under);
                worse = true;
            }
            if (on == null && under == null && dropped) {
                err.printf(Locale.ROOT, "checkpolicy: %s score dropped by %.1f%n", r.ruleset(), -r.delta());
                worse = true;
            }
        }
        return worse;
    }
}
