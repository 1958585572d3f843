package checkpolicy.cli;

import checkpolicy.facts.Requirement;
import checkpolicy.rules.Condition;
import checkpolicy.rules.RuleSet;
import checkpolicy.rules.RuleSetLoader;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code checkpolicy rulesets show ID}: one rule set's conditions and requirements. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows a rule set's conditions and requirements (a bundled id or a folder).")
public final class ShowRuleSetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID|DIR", description = "Names the rule set: a bundled id or a folder holding ruleset.yaml.")
    String ruleSet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleSet rs = new RuleSetLoader().load(ruleSet);
        out.println(rs.id() + "  " + rs.title());
        if (!rs.law().isBlank()) out.println("law:        " + rs.law());
        out.println("version:    " + rs.version());
        if (!rs.jurisdiction().isBlank()) out.println("applies in: " + rs.jurisdiction());
        if (!rs.extendsIds().isEmpty()) out.println("extends:    " + String.join(", ", rs.extendsIds()));
        out.println("dates:      " + RuleSetsCommand.inForce(rs));
        if (!rs.conditions().isEmpty()) {
            out.println();
            out.println("Conditions (settle with --assume KEY=yes|no):");
            rs.conditions().values().stream().sorted(java.util.Comparator.comparing(Condition::key)).forEach(c ->
                    out.printf("  %-28s %s (default %s)%n", c.key(), c.question(), c.assumed() ? "yes" : "no"));
        }
        out.println();
        out.println("Requirements:");
        for (Requirement r : rs.requirements()) {
            out.printf("  %-34s %-22s w%-4s %s%n", r.id(), r.severity().label(), weight(r.weight()), r.citation());
            out.printf("  %-34s %s%s%s%n", "", r.title(), r.condition() == null ? "" : " [if " + r.condition() + "]",
                    r.inForce() == null ? "" : " [from " + r.inForce() + "]");
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private static String weight(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }
}
