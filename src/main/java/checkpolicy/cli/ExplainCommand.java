package checkpolicy.cli;

import checkpolicy.facts.Requirement;
import checkpolicy.rules.BundledRuleSets;
import checkpolicy.rules.RuleSet;
import checkpolicy.rules.RuleSetLoader;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code checkpolicy explain ID}: what one requirement asks for, found in whichever bundled rule set defines it. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explains a requirement: its law and citation, what satisfies it, the fix and a sample clause.")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REQUIREMENT-ID", description = "Names the requirement, e.g. GDPR-RETENTION.")
    String requirementId;

    @Override
    public Integer call() {
        String id = requirementId.toUpperCase(Locale.ROOT);
        BundledRuleSets bundled = BundledRuleSets.onClasspath();
        RuleSetLoader loader = new RuleSetLoader(bundled);
        for (String setId : bundled.ids()) {
            RuleSet rs = loader.load(setId);
            // A rule set that extends another lists the parent's requirements too; name the one that defines it.
            if (rs.requirement(id).isEmpty() || rs.extendsIds().stream().anyMatch(p -> loader.load(p).requirement(id).isPresent())) {
                continue;
            }
            print(rs, rs.requirement(id).get());
            return ExitCode.OK.code();
        }
        throw new UsageException("no bundled rule set defines requirement " + requirementId
                + " (checkpolicy rulesets show ID lists a rule set's requirements)");
    }

    private void print(RuleSet rs, Requirement r) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(r.id() + "  " + r.title());
        out.println("rule set:     " + rs.id() + " (" + rs.title() + ")");
        out.println("citation:     " + r.citation());
        out.println("severity:     " + r.severity().label() + ", weight " + r.weight() + ", category " + r.category());
        if (r.condition() != null) {
            out.println("applies if:   " + rs.conditions().get(r.condition()).question() + " (--assume " + r.condition() + "=yes|no)");
        }
        out.println("in force:     " + (r.inForce() == null ? "yes" : "from " + r.inForce()));
        if (!r.satisfiedBy().isBlank()) out.println("satisfied by: " + r.satisfiedBy());
        out.println("fix:          " + r.remediation());
        if (!r.sampleClause().isBlank()) out.println("sample:       " + r.sampleClause());
        r.references().forEach(u -> out.println("see:          " + u));
        out.flush();
    }
}
