package checkpolicy.gate;

import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.Fingerprint;
import checkpolicy.report.Report;
import checkpolicy.report.Review;
import checkpolicy.report.RuleSetResult;
import checkpolicy.report.Suppression;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides a run: marks the gaps that waivers or the baseline cover ({@link #review}), then says
 * why the gate fails, if it does ({@link #failures}). Waivers are checked before the baseline, so
 * a waived gap shows its reason even when the baseline also knew it.
 */
public final class Gate {

    private final List<Waiver> configWaivers;
    private final Path configBase;
    private final Function<String, List<Waiver>> inlineWaivers;
    private final Baseline baseline;
    private final Path baselineFile;
    private final LocalDate today;
    private final List<String> expired = new ArrayList<>();

    /**
     * @param inlineWaivers the waivers written in a document, by its path
     * @param baseline the known gaps, or null
     */
    public Gate(List<Waiver> configWaivers, Path configBase, Function<String, List<Waiver>> inlineWaivers,
                Baseline baseline, Path baselineFile, LocalDate today) {
        this.configWaivers = List.copyOf(configWaivers);
        this.configBase = configBase.toAbsolutePath().normalize();
        this.inlineWaivers = inlineWaivers;
        this.baseline = baseline;
        this.baselineFile = baselineFile;
        this.today = today;
    }

    public Review review(Report report) {
        Map<String, Suppression> marks = new LinkedHashMap<>();
        Set<Baseline.Entry> covered = new HashSet<>();
        expired.clear();
        for (DocumentReport d : report.documents()) {
            List<Waiver> waivers = new ArrayList<>(inlineWaivers.apply(d.path()));
            configWaivers.stream().filter(w -> pathMatches(w, d.path())).forEach(waivers::add);
            for (Waiver w : waivers) {
                if (w.expired(today)) {
                    expired.add(d.path() + ": the waiver for " + w.requirement() + " (" + w.source() + ") expired on " + w.expires());
                }
            }
            String basePath = baseline == null ? null : Baseline.relative(d.path(), baselineFile);
            for (RuleSetResult r : d.results()) {
                for (Assessment a : r.assessments()) {
                    if (!a.gap()) continue;
                    // Only a waiver or the baseline reads the fingerprint; a batch has neither, mostly.
                    String fp = waivers.isEmpty() && baseline == null ? null : Fingerprint.of(a);
                    Suppression s = waiver(waivers, a, fp);
                    Optional<Baseline.Entry> known = baseline == null ? Optional.empty()
                            : baseline.covering(basePath, r.ruleset(), a.requirement().id(), a.finding().status().name(), fp);
                    known.ifPresent(e -> covered.add(e));
                    if (s == null && known.isPresent()) {
                        s = new Suppression(Suppression.Kind.BASELINE, "known gap, recorded in the baseline as " + known.get().status(),
                                baselineFile.toString(), null);
                    }
                    if (s != null) marks.put(Review.key(d.path(), r.ruleset(), fp), s);
                }
            }
        }
        List<Review.ResolvedGap> resolved = new ArrayList<>();
        if (baseline != null) {
            Set<String> checked = new HashSet<>();
            report.documents().forEach(d -> checked.add(Baseline.relative(d.path(), baselineFile)));
            for (Baseline.Entry e : baseline.gaps()) {
                // Only files checked in this run can tell whether their gaps are gone.
                if (checked.contains(e.path()) && !covered.contains(e)) {
                    resolved.add(new Review.ResolvedGap(e.path(), e.ruleset(), e.requirement(), e.fingerprint()));
                }
            }
        }
        return new Review(baseline == null ? null : baselineFile.toString(), marks, resolved);
    }

    /** Expired waivers met by the last {@link #review}: each fails the gate. */
    public List<String> expiredWaivers() {
        return List.copyOf(expired);
    }

    private Suppression waiver(List<Waiver> waivers, Assessment a, String fingerprint) {
        for (Waiver w : waivers) {
            if (!w.requirement().equals(a.requirement().id()) || w.expired(today)) continue;
            if (w.fingerprint() != null && !w.fingerprint().equals(fingerprint)) continue;
            return new Suppression(w.inline() ? Suppression.Kind.INLINE : Suppression.Kind.WAIVER, w.reason(), w.source(), w.expires());
        }
        return null;
    }

    private boolean pathMatches(Waiver w, String documentPath) {
        if (w.pathGlob() == null) return true;
        Path doc = Path.of(documentPath).toAbsolutePath().normalize();
        String pattern = configBase.toString().replace('\\', '/') + "/" + w.pathGlob().replace('\\', '/');
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        return m.matches(doc);
    }

    /** Why the gate fails, one line each; empty when it passes. */
    public static List<String> failures(Report report, FailOn failOn, Double failUnder, List<String> expiredWaivers) {
        List<String> out = new ArrayList<>(expiredWaivers);
        Review review = report.review();
        for (DocumentReport d : report.documents()) {
            for (RuleSetResult r : d.results()) {
                if (failUnder != null && r.score() != null && r.score() < failUnder) {
                    out.add(String.format(Locale.ROOT, "%s scores %.1f under %s, below --fail-under %.1f",
                            d.path(), r.score(), r.ruleset(), failUnder));
                }
                if (failOn == null || failOn == FailOn.NONE) continue;
                List<String> failing = new ArrayList<>();
                for (Assessment a : r.assessments()) {
                    if (a.gap() && failOn.fails(a.requirement().severity()) && review.of(d, r, a).isEmpty()) {
                        failing.add(a.requirement().id());
                    }
                }
                if (!failing.isEmpty()) {
                    out.add(d.path() + ": " + failing.size() + (review.baseline() != null ? " new" : "") + " gap"
                            + (failing.size() == 1 ? "" : "s") + " under " + r.ruleset() + " at --fail-on "
                            + failOn.name().toLowerCase(Locale.ROOT) + ": " + String.join(", ", failing));
                }
            }
        }
        return out;
    }
}
