package checkpolicy.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the gate knows beyond the findings: which gaps are waived or were in the baseline, and
 * which baseline gaps are gone. Renderers read it to mark findings; it changes no score.
 *
 * @param baseline the baseline file compared against, or null when none was used
 * @param suppressions keyed by {@link #key}
 * @param resolved baseline gaps no longer found, in baseline order
 */
public record Review(String baseline, Map<String, Suppression> suppressions, List<ResolvedGap> resolved) {

    /** A gap the baseline recorded that this run no longer finds. */
    public record ResolvedGap(String path, String ruleset, String requirement, String fingerprint) {}

    public Review {
        suppressions = Map.copyOf(suppressions);
        resolved = List.copyOf(resolved);
    }

    public static Review none() {
        return new Review(null, Map.of(), List.of());
    }

    public static String key(String path, String ruleset, String fingerprint) {
        return path + "\u0000" + ruleset + "\u0000" + fingerprint;
    }

    public Optional<Suppression> of(DocumentReport d, RuleSetResult r, Assessment a) {
        // Renderers ask for every finding; without waivers or a baseline, skip the fingerprint.
        if (suppressions.isEmpty()) return Optional.empty();
        return Optional.ofNullable(suppressions.get(key(d.path(), r.ruleset(), Fingerprint.of(a))));
    }
}
