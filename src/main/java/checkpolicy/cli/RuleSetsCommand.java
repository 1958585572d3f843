package checkpolicy.cli;

import checkpolicy.facts.Requirement;
import checkpolicy.rules.BundledRuleSets;
import checkpolicy.rules.RuleSet;
import checkpolicy.rules.RuleSetLoader;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code checkpolicy rulesets}: the bundled rule sets, one line each. */
@Command(name = "rulesets", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "Lists the bundled rule sets: id, law, version, requirements and in-force dates.",
        subcommands = {ShowRuleSetCommand.class, TestRuleSetCommand.class})
public final class RuleSetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BundledRuleSets bundled = BundledRuleSets.onClasspath();
        RuleSetLoader loader = new RuleSetLoader(bundled);
        for (String id : bundled.ids()) {
            RuleSet rs = loader.load(id);
            out.printf("%-16s %-10s %3d requirements  %s%n", rs.id(), rs.version(), rs.requirements().size(), inForce(rs));
            out.printf("%-16s %s%n", "", rs.law().isBlank() ? rs.title() : rs.law());
            if (!rs.extendsIds().isEmpty()) out.printf("%-16s extends %s%n", "", String.join(", ", rs.extendsIds()));
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /** "in force" or, per commencement date, how many requirements start then: "in force: 20; from 2027-05-13: 8". */
    static String inForce(RuleSet rs) {
        TreeMap<LocalDate, Long> byDate = rs.requirements().stream().map(Requirement::inForce).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(d -> d, TreeMap::new, Collectors.counting()));
        long now = rs.requirements().stream().filter(r -> r.inForce() == null).count();
        StringBuilder s = new StringBuilder();
        if (now > 0) s.append("in force: ").append(now);
        byDate.forEach((d, n) -> s.append(s.length() == 0 ? "" : "; ").append("from ").append(d).append(": ").append(n));
        return s.toString();
    }
}
