package checkpolicy.cli;

import checkpolicy.Checker;
import checkpolicy.rules.RuleSetException;
import checkpolicy.rules.RuleSetTests;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code checkpolicy rulesets test DIR}: runs a rule set's tests/*.yaml and says which cases pass. */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs the cases in DIR/tests/*.yaml against the rule set in DIR; exits 1 when any fails.")
public final class TestRuleSetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Names the rule-set folder (ruleset.yaml, *.drl, tests/).")
    Path folder;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(folder.resolve("ruleset.yaml"))) {
            throw new RuleSetException(folder + ": no ruleset.yaml in this folder");
        }
        List<RuleSetTests.Case> cases = RuleSetTests.cases(folder);
        if (cases.isEmpty()) throw new RuleSetException(folder.resolve("tests") + ": no test cases (tests/*.yaml)");
        Checker checker = Checker.forRuleSets(List.of(folder.toString()));
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (RuleSetTests.Case c : cases) {
            RuleSetTests.Outcome o = RuleSetTests.run(checker, c);
            if (o.passed()) {
                out.println("pass  " + c.label());
            } else {
                failed++;
                out.println("FAIL  " + c.label() + ": expected " + c.expected() + ", got " + o.actual());
                out.println("      " + o.detail().replace("\n", "\n    "));
            }
        }
        out.printf("%d cases, %d passed, %d failed%n", cases.size(), cases.size() - failed, failed);
        out.flush();
        return failed == 0 ? ExitCode.OK.code() : ExitCode.GATE_FAILED.code();
    }
}
