package checkpolicy.cli;

import checkpolicy.Checker;
import checkpolicy.gate.Baseline;
import checkpolicy.gate.GateConfig;
import checkpolicy.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Records today's gaps by fingerprint, so that later runs fail only on new ones.")
final class BaselineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptions check;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Writes the baseline to FILE (default: 'baseline' in .checkpolicy.yaml, else " + GateConfig.DEFAULT_BASELINE + ").")
    Path output;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Policy files, folders or globs; default: 'paths' in .checkpolicy.yaml.")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        GateConfig cfg = check.loadConfig();
        CheckRun.requireInputs(spec, files, cfg);
        List<Path> inputs = CheckRun.inputs(files, cfg);
        Checker checker = Checker.forRuleSets(check.ruleSets(cfg));
        Report report = CheckRun.check(checker, check.options(cfg), inputs, spec.commandLine().getErr());
        // A baseline from a partial run would make the missing files' gaps look new later.
        if (!report.errors().isEmpty()) return ExitCode.ERROR.code();
        Path target = output != null ? output
                : cfg.baseline() != null ? cfg.baseline() : cfg.base().resolve(GateConfig.DEFAULT_BASELINE);
        Baseline baseline = Baseline.of(report, target);
        baseline.write(target);
        spec.commandLine().getErr().println("checkpolicy: recorded " + baseline.gaps().size() + " gaps in "
                + report.documents().size() + " file" + (report.documents().size() == 1 ? "" : "s") + " to " + target);
        return ExitCode.OK.code();
    }
}
