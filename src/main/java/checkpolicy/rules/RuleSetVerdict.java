package checkpolicy.rules;

import checkpolicy.facts.Applicability;
import checkpolicy.facts.Finding;
import java.time.LocalDate;
import java.util.List;

/**
 * One finding per requirement of a rule set, in the rule set's order, and the conditions that
 * decided which requirements apply.
 *
 * @param asOf the date requirements were judged against, or null for a readiness check
 */
public record RuleSetVerdict(RuleSet ruleSet, List<Finding> findings, List<Applicability> conditions, LocalDate asOf) {

    public RuleSetVerdict {
        findings = List.copyOf(findings);
        conditions = List.copyOf(conditions);
    }
}
