package checkpolicy.report.render;

import checkpolicy.facts.Requirement;
import checkpolicy.facts.Span;
import checkpolicy.facts.Status;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.InputError;
import checkpolicy.report.Report;
import checkpolicy.report.Review;
import checkpolicy.report.RuleSetResult;
import checkpolicy.report.Suppression;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A pull-request comment: per policy and rule set the score, then the gaps that count (new
 * ones when there is a baseline), each with law, evidence and fix, then waived and known gaps
 * in one line each, and what the baseline recorded that is now fixed.
 */
public final class MarkdownRenderer implements Renderer {

    private static final int QUOTE_WIDTH = 200;

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Review review = report.review();
        out.write("## checkpolicy\n\n");
        out.write("| policy | rule set | score | grade | met | partial | missing | waived |" + (review.baseline() != null ? " new |" : "") + "\n");
        out.write("|---|---|---:|:---:|---:|---:|---:|---:|" + (review.baseline() != null ? "---:|" : "") + "\n");
        for (DocumentReport d : report.documents()) {
            for (RuleSetResult r : d.results()) {
                out.write("| `" + code(d.path()) + "` | " + esc(r.ruleset()) + " | " + score(r) + " | " + r.grade()
                        + " | " + r.count(Status.MET) + " | " + r.count(Status.PARTIAL) + " | " + r.count(Status.MISSING)
                        + " | " + marked(report, d, r, true).size() + " |"
                        + (review.baseline() != null ? " " + counting(report, d, r).size() + " |" : "") + "\n");
            }
        }
        for (DocumentReport d : report.documents()) {
            for (RuleSetResult r : d.results()) section(report, d, r, out);
        }
        if (review.baseline() != null) {
            out.write("\n### Since the baseline (`" + code(review.baseline()) + "`)\n\n");
            int fresh = 0;
            for (DocumentReport d : report.documents()) for (RuleSetResult r : d.results()) fresh += counting(report, d, r).size();
            out.write(fresh + " new gap" + (fresh == 1 ? "" : "s") + ", " + review.resolved().size() + " fixed.\n");
            for (Review.ResolvedGap g : review.resolved()) {
                out.write("- fixed: **" + esc(g.requirement()) + "** in `" + code(g.path()) + "` (" + esc(g.ruleset()) + ")\n");
            }
        }
        if (!report.errors().isEmpty()) {
            out.write("\n### Not checked\n\n");
            for (InputError e : report.errors()) out.write("- `" + code(e.path()) + "`: " + esc(e.message()) + "\n");
        }
    }

    private static void section(Report report, DocumentReport d, RuleSetResult r, Writer out) throws IOException {
        out.write("\n### `" + code(d.path()) + "`: " + esc(r.title()) + " — " + score(r) + "/100, grade " + r.grade() + "\n\n");
        List<Assessment> counting = counting(report, d, r);
        String label = report.review().baseline() != null ? "New gaps" : "Gaps";
        if (counting.isEmpty()) out.write(label + ": none.\n");
        else out.write("**" + label + "** (" + counting.size() + ")\n\n");
        for (Assessment a : counting) gap(a, out);
        List<Assessment> waived = marked(report, d, r, true);
        if (!waived.isEmpty()) {
            out.write("\n**Waived** (" + waived.size() + ")\n\n");
            for (Assessment a : waived) {
                Suppression s = report.review().of(d, r, a).orElseThrow();
                out.write("- " + a.finding().status() + " **" + esc(a.requirement().id()) + "** " + esc(a.requirement().title())
                        + ": waived — " + esc(s.reason()) + " (" + esc(s.source()) + (s.expires() != null ? ", until " + s.expires() : "") + ")\n");
            }
        }
        List<Assessment> known = marked(report, d, r, false);
        if (!known.isEmpty()) {
            out.write("\n<details><summary>Known gaps in the baseline (" + known.size() + ")</summary>\n\n");
            for (Assessment a : known) {
                out.write("- " + a.finding().status() + " **" + esc(a.requirement().id()) + "** " + esc(a.requirement().title()) + "\n");
            }
            out.write("\n</details>\n");
        }
    }

    private static void gap(Assessment a, Writer out) throws IOException {
        Requirement q = a.requirement();
        out.write("- " + a.finding().status() + " **" + esc(q.id()) + "** " + esc(q.title()) + " _(" + q.severity().label() + "; "
                + esc(q.citation()) + ")_\n");
        for (Span s : a.finding().evidence()) out.write("  - line " + s.line() + ": “" + esc(shorten(s.quote())) + "”\n");
        out.write("  - why: " + esc(a.finding().reason()) + "\n");
        out.write("  - fix: " + esc(q.remediation().strip()) + "\n");
    }

    /** Gaps that count against the gate: neither waived nor in the baseline. Required ones first. */
    private static List<Assessment> counting(Report report, DocumentReport d, RuleSetResult r) {
        List<Assessment> out = new ArrayList<>();
        for (Assessment a : r.assessments()) if (a.gap() && report.review().of(d, r, a).isEmpty()) out.add(a);
        out.sort(java.util.Comparator.comparing((Assessment a) -> a.requirement().severity())
                .thenComparing(a -> a.finding().status() == Status.PARTIAL));
        return out;
    }

    private static List<Assessment> marked(Report report, DocumentReport d, RuleSetResult r, boolean waived) {
        List<Assessment> out = new ArrayList<>();
        for (Assessment a : r.assessments()) {
            Optional<Suppression> s = a.gap() ? report.review().of(d, r, a) : Optional.empty();
            if (s.isPresent() && s.get().kind().waived() == waived) out.add(a);
        }
        return out;
    }

    private static String score(RuleSetResult r) {
        return r.score() == null ? "n/a" : String.format(Locale.ROOT, "%.1f", r.score());
    }

    private static String shorten(String quote) {
        String q = quote.replaceAll("\\s+", " ").strip();
        return q.length() <= QUOTE_WIDTH ? q : q.substring(0, QUOTE_WIDTH - 1) + "…";
    }

    /** Escapes what Markdown (and GitHub's HTML in comments) would read as markup. */
    static String esc(String s) {
        if (s == null) return "";
        return s.replaceAll("\\s+", " ").replaceAll("([\\\\`*_\\[\\]<>|#~])", "\\\\$1");
    }

    /** Inside backticks only a backtick breaks out; replace it. */
    private static String code(String s) {
        return s.replace('`', '\'');
    }
}
