package checkpolicy.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * What one law requires a policy to disclose, as a rule set's {@code ruleset.yaml} states it.
 *
 * @param condition the applicability key this requirement depends on ({@code children}), or null
 * @param inForce the date it commences, or null when already in force
 */
public record Requirement(String id, String title, String citation, Severity severity, double weight,
                          String category, String condition, LocalDate inForce, String satisfiedBy,
                          String remediation, String sampleClause, List<String> references) {

    public Requirement {
        references = references == null ? List.of() : List.copyOf(references);
    }
}
