package checkpolicy.report;

import checkpolicy.facts.Applicability;
import checkpolicy.facts.Finding;
import checkpolicy.facts.Requirement;
import checkpolicy.facts.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a rule set's findings: the weighted share of applicable requirements met (MET counts 1,
 * PARTIAL 0.5), 0–100 with one decimal, and the same per category. NOT_APPLICABLE and
 * NOT_IN_FORCE findings are left out.
 */
public final class Scorer {

    public RuleSetResult score(String ruleset, String title, String version, LocalDate asOf,
                               List<Requirement> requirements, List<Finding> findings, List<Applicability> conditions) {
        Map<String, Finding> byId = new LinkedHashMap<>();
        findings.forEach(f -> byId.put(f.requirement(), f));
        List<Assessment> assessments = new ArrayList<>();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        Map<String, double[]> categories = new LinkedHashMap<>();
        double earned = 0;
        double possible = 0;
        for (Requirement r : requirements) {
            Finding f = byId.get(r.id());
            if (f == null) throw new IllegalArgumentException("no finding for " + r.id());
            assessments.add(new Assessment(r, f));
            counts.merge(f.status(), 1, Integer::sum);
            double[] cat = categories.computeIfAbsent(r.category(), k -> new double[2]);
            if (f.status().scored()) {
                earned += r.weight() * f.status().credit();
                possible += r.weight();
                cat[0] += r.weight() * f.status().credit();
                cat[1] += r.weight();
            }
        }
        Double score = possible == 0 ? null : round(100 * earned / possible);
        Map<String, Double> sub = new LinkedHashMap<>();
        categories.forEach((k, v) -> { if (v[1] > 0) sub.put(k, round(100 * v[0] / v[1])); });
        return new RuleSetResult(ruleset, title, version, asOf, score, Grade.of(score), sub, counts, assessments, conditions);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
