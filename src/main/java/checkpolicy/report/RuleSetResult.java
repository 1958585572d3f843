package checkpolicy.report;

import checkpolicy.facts.Applicability;
import checkpolicy.facts.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How one policy fares under one rule set.
 *
 * @param score 0–100, or null when no requirement applies (everything NOT_APPLICABLE or NOT_IN_FORCE)
 * @param categories sub-scores per requirement category, in the order categories first appear
 * @param counts how many findings have each status
 * @param conditions the applicability conditions the rule set asked about, and how each was settled
 */
public record RuleSetResult(String ruleset, String title, String version, LocalDate asOf, Double score, String grade,
                            Map<String, Double> categories, Map<Status, Integer> counts, List<Assessment> assessments,
                            List<Applicability> conditions) {

    public RuleSetResult {
        categories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categories));
        counts = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(counts));
        assessments = List.copyOf(assessments);
        conditions = List.copyOf(conditions);
    }

    public int count(Status status) {
        return counts.getOrDefault(status, 0);
    }
}
