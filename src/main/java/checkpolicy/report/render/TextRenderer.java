package checkpolicy.report.render;

import checkpolicy.facts.Applicability;
import checkpolicy.facts.Severity;
import checkpolicy.facts.Span;
import checkpolicy.facts.Status;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.InputError;
import checkpolicy.report.Report;
import checkpolicy.report.Review;
import checkpolicy.report.Suppression;
import checkpolicy.report.RuleSetResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * For a person at a terminal: a summary line per policy and rule set, then the gaps (MISSING,
 * then PARTIAL) each with its citation, the evidence and the fix, then what is met, and last
 * what was not judged and why.
 */
public final class TextRenderer implements Renderer {

    private static final int QUOTE_WIDTH = 160;

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        boolean first = true;
        for (DocumentReport d : report.documents()) {
            for (RuleSetResult r : d.results()) {
                if (!first) out.write("\n");
                first = false;
                result(d, r, report.review(), out);
            }
        }
        for (InputError e : report.errors()) {
            out.write("error: " + e.message() + "\n");
        }
    }

    private static void result(DocumentReport d, RuleSetResult r, Review review, Writer out) throws IOException {
        out.write(d.path() + "  " + r.ruleset() + " " + r.version()
                + "  score " + (r.score() == null ? "n/a (nothing applies)" : String.format(Locale.ROOT, "%.1f", r.score()) + "/100")
                + "  grade " + r.grade()
                + "  (" + r.count(Status.MET) + " met, " + r.count(Status.PARTIAL) + " partial, " + r.count(Status.MISSING)
                + " missing, " + r.count(Status.NOT_APPLICABLE) + " not applicable"
                + (r.count(Status.NOT_IN_FORCE) > 0 ? ", " + r.count(Status.NOT_IN_FORCE) + " not in force" : "") + ")\n");
        out.write(r.title() + (r.asOf() != null ? "  as of " + r.asOf() : "  (readiness check: every requirement judged, whatever its in-force date)") + "\n");
        if (!r.categories().isEmpty()) {
            out.write("categories: " + r.categories().entrySet().stream()
                    .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.0f", e.getValue()))
                    .collect(Collectors.joining(", ")) + "\n");
        }
        for (Status s : List.of(Status.MISSING, Status.PARTIAL)) {
            List<Assessment> gaps = ofStatus(r, s);
            for (Assessment a : gaps) gap(a, review.of(d, r, a).orElse(null), out);
        }
        List<Assessment> met = ofStatus(r, Status.MET);
        if (!met.isEmpty()) {
            out.write("\nMET\n");
            for (Assessment a : met) {
                out.write("  " + a.requirement().id() + "  " + a.requirement().title() + "\n");
                out.write("      " + a.finding().reason() + evidenceSuffix(a) + "\n");
            }
        }
        for (Status s : List.of(Status.NOT_APPLICABLE, Status.NOT_IN_FORCE)) {
            List<Assessment> skipped = ofStatus(r, s);
            if (skipped.isEmpty()) continue;
            out.write("\n" + s.name().replace('_', ' ') + "\n");
            for (Assessment a : skipped) {
                out.write("  " + a.requirement().id() + "  " + a.finding().reason() + "\n");
            }
        }
        List<Applicability> assumed = r.conditions().stream().filter(c -> c.source() == Applicability.Source.DEFAULT).toList();
        if (!assumed.isEmpty()) {
            out.write("\nassumed (not settled by the policy): " + assumed.stream()
                    .map(c -> c.key() + "=" + (c.holds() ? "yes" : "no")).collect(Collectors.joining(", "))
                    + "; change with --assume KEY=yes|no\n");
        }
    }

    private static List<Assessment> ofStatus(RuleSetResult r, Status s) {
        return r.assessments().stream().filter(a -> a.finding().status() == s)
                .sorted(Comparator.comparing((Assessment a) -> a.requirement().severity()))
                .toList();
    }

    private static void gap(Assessment a, Suppression suppression, Writer out) throws IOException {
        var q = a.requirement();
        out.write("\n" + a.finding().status().name() + "  " + q.id() + "  " + q.title() + "  [" + q.severity().label() + "]"
                + (suppression == null ? "" : suppression.kind().waived() ? "  (waived)" : "  (in baseline)") + "\n");
        if (suppression != null && suppression.kind().waived()) {
            out.write("  waived:   " + suppression.reason() + " (" + suppression.source()
                    + (suppression.expires() != null ? ", until " + suppression.expires() : "") + ")\n");
        }
        out.write("  law:      " + q.citation() + (q.inForce() != null ? " (in force from " + q.inForce() + ")" : "") + "\n");
        for (Span s : a.finding().evidence()) {
            out.write("  evidence: line " + s.line() + ": \"" + shorten(s.quote()) + "\"\n");
        }
        out.write("  why:      " + a.finding().reason() + "\n");
        out.write("  fix:      " + q.remediation().strip() + "\n");
        if (!q.sampleClause().isBlank() && q.severity() != Severity.RECOMMENDED) {
            out.write("  example:  " + q.sampleClause().strip() + "\n");
        }
    }

    private static String evidenceSuffix(Assessment a) {
        List<Span> ev = a.finding().evidence();
        return ev.isEmpty() ? "" : " (line " + ev.get(0).line() + ")";
    }

    private static String shorten(String quote) {
        String q = quote.replaceAll("\\s+", " ").strip();
        return q.length() <= QUOTE_WIDTH ? q : q.substring(0, QUOTE_WIDTH - 1) + "…";
    }
}
