package checkpolicy.gate;

import checkpolicy.facts.Span;
import checkpolicy.facts.Status;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.Fingerprint;
import checkpolicy.report.RuleSetResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a policy, per rule set and requirement, as a reader
 * sees it: requirements newly met or newly missing, partly met where they were not, and the
 * same verdict on different wording (evidence changed).
 */
public record PolicyDiff(String oldPath, String newPath, List<RuleSetDiff> ruleSets) {

    public enum Change {
        NEWLY_MET("newly met"), NEWLY_MISSING("newly missing"), NOW_PARTIAL("now partly met"),
        NOW_APPLIES("now applies"), NO_LONGER_APPLIES("no longer applies"), EVIDENCE_CHANGED("evidence changed");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One requirement that changed; {@code worse} when the new verdict earns less. */
    public record RequirementChange(Assessment before, Assessment after, Change change, boolean worse) {
        public String id() {
            return after.requirement().id();
        }
    }

    public record RuleSetDiff(String ruleset, String title, Double oldScore, Double newScore, String oldGrade,
                              String newGrade, List<RequirementChange> changes, int unchanged) {
        /** new minus old, or null when either has no score. */
        public Double delta() {
            return oldScore == null || newScore == null ? null : Math.round((newScore - oldScore) * 10) / 10.0;
        }
    }

    public static PolicyDiff of(DocumentReport before, DocumentReport after) {
        List<RuleSetDiff> out = new ArrayList<>();
        Map<String, RuleSetResult> old = new LinkedHashMap<>();
        before.results().forEach(r -> old.put(r.ruleset(), r));
        for (RuleSetResult now : after.results()) {
            RuleSetResult was = old.get(now.ruleset());
            if (was == null) continue;
            Map<String, Assessment> wasById = new LinkedHashMap<>();
            was.assessments().forEach(a -> wasById.put(a.requirement().id(), a));
            List<RequirementChange> changes = new ArrayList<>();
            int unchanged = 0;
            for (Assessment a : now.assessments()) {
                Assessment b = wasById.get(a.requirement().id());
                Change c = b == null ? null : change(b, a);
                if (c == null) {
                    unchanged++;
                    continue;
                }
                changes.add(new RequirementChange(b, a, c, rank(a.finding().status()) < rank(b.finding().status())));
            }
            out.add(new RuleSetDiff(now.ruleset(), now.title(), was.score(), now.score(), was.grade(), now.grade(), changes, unchanged));
        }
        return new PolicyDiff(before.path(), after.path(), out);
    }

    private static Change change(Assessment before, Assessment after) {
        Status was = before.finding().status();
        Status now = after.finding().status();
        if (was == now) {
            boolean sameWords = Objects.equals(Fingerprint.of(before), Fingerprint.of(after));
            return sameWords || now == Status.NOT_APPLICABLE || now == Status.NOT_IN_FORCE ? null : Change.EVIDENCE_CHANGED;
        }
        if (!now.scored()) return Change.NO_LONGER_APPLIES;
        if (!was.scored() && now != Status.MISSING && now != Status.PARTIAL) return Change.NOW_APPLIES;
        return switch (now) {
            case MET -> Change.NEWLY_MET;
            case MISSING -> Change.NEWLY_MISSING;
            default -> Change.NOW_PARTIAL;
        };
    }

    /** MET 3, PARTIAL 2, MISSING 1; not judged 3, since it asks nothing of the policy. */
    static int rank(Status s) {
        return switch (s) {
            case MET, NOT_APPLICABLE, NOT_IN_FORCE -> 3;
            case PARTIAL -> 2;
            case MISSING -> 1;
        };
    }

    /** The evidence quotes of an assessment, for showing what the text said. */
    public static List<String> quotes(Assessment a) {
        return a.finding().evidence().stream().map(Span::quote).toList();
    }

    /** Quotes of {@code a} whose words do not appear among {@code b}'s, in order, once each. */
    public static List<String> only(Assessment a, Assessment b) {
        java.util.Set<String> other = new java.util.HashSet<>();
        b.finding().evidence().forEach(s -> other.add(Fingerprint.normalise(s.quote())));
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> out = new ArrayList<>();
        for (Span s : a.finding().evidence()) {
            String n = Fingerprint.normalise(s.quote());
            if (!other.contains(n) && seen.add(n)) out.add(s.quote());
        }
        return out;
    }
}
