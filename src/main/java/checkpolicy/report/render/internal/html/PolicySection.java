package checkpolicy.report.render.internal.html;

import checkpolicy.facts.Applicability;
import checkpolicy.facts.Requirement;
import checkpolicy.facts.Status;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.Review;
import checkpolicy.report.RuleSetResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One policy under each of its rule sets: the executive summary (score, grade, counts, a chart
 * of category scores, the conditions assumed), the gap table, then every requirement with its
 * citation, quoted evidence, the reason for its status, and for a gap the fix and a sample clause.
 */
final class PolicySection {

    /** Gaps first, then what is met, then what was not judged, as an auditor reads. */
    private static final List<Status> ORDER =
            List.of(Status.MISSING, Status.PARTIAL, Status.MET, Status.NOT_APPLICABLE, Status.NOT_IN_FORCE);

    private final DocumentReport document;
    private final String anchor;
    private final boolean several;
    /** Which gaps the gate waived or found in the baseline: shown, never hidden. */
    private final Review review;

    PolicySection(DocumentReport document, String anchor, boolean several, Review review) {
        this.document = document;
        this.anchor = anchor;
        this.several = several;
        this.review = review;
    }

    static String heading(DocumentReport d, int n, boolean several) {
        return (several ? "Policy " + n + ": " : "Policy: ") + Organisation.of(d);
    }

    static String anchor(String policyAnchor, RuleSetResult r) {
        return Labels.id(policyAnchor, r.ruleset());
    }

    void write(Html h) {
        h.open("section", "class", "page-break").newline();
        h.element("h1", heading(document, Integer.parseInt(anchor.substring(1)), several), "id", anchor);
        h.open("table", "class", "kv").open("tbody");
        AuditReportPage.row(h, "Policy file", document.path());
        h.open("tr").element("th", "SHA-256 of the text").element("td", document.sha256(), "class", "mono").close();
        AuditReportPage.row(h, "Format", document.format());
        if (document.archivedOn() != null) AuditReportPage.row(h, "Archived on", document.archivedOn());
        h.close().close().newline();
        for (RuleSetResult r : document.results()) {
            summary(h, r);
            gapTable(h, r);
            details(h, r);
        }
        h.close().newline();
    }

    private void summary(Html h, RuleSetResult r) {
        String rs = anchor(anchor, r);
        h.element("h2", "Executive summary: " + r.title(), "id", rs + "-summary");
        h.element("p", r.ruleset() + " version " + r.version()
                + (r.asOf() != null ? ", judged as of " + r.asOf() : ", readiness check (every requirement judged whatever its in-force date)"),
                "class", "small");
        h.open("div", "class", "scoreline");
        h.element("span", Labels.score(r.score()), "class", "score").element("span", " / 100", "class", "small");
        h.element("span", "Grade " + r.grade(), "class", Labels.gradeClass(r.grade()));
        h.close().newline();
        h.open("table", "class", "counts").open("tbody").open("tr");
        for (Status s : ORDER) {
            if (s == Status.NOT_IN_FORCE && r.count(s) == 0) continue;
            h.open("td").element("div", Integer.toString(r.count(s)), "class", "n").element("span", Labels.status(s), "class", Labels.statusClass(s) + " badge").close();
        }
        h.close().close().close().newline();
        h.element("p", sentence(r));
        chart(h, r);
        conditions(h, r);
    }

    private static String sentence(RuleSetResult r) {
        int judged = r.count(Status.MET) + r.count(Status.PARTIAL) + r.count(Status.MISSING);
        if (judged == 0) {
            return "No requirement applies" + (r.asOf() != null ? " on " + r.asOf() : "") + ", so there is nothing to score.";
        }
        return String.format(Locale.ROOT, "Of %d requirements that apply, the policy meets %d, meets %d in part and misses %d. "
                        + "The score is the weighted share met, a partial counting half.",
                judged, r.count(Status.MET), r.count(Status.PARTIAL), r.count(Status.MISSING));
    }

    private static void chart(Html h, RuleSetResult r) {
        if (r.categories().isEmpty()) return;
        h.element("h3", "Score by category");
        h.open("table", "class", "chart").open("tbody");
        for (Map.Entry<String, Double> c : r.categories().entrySet()) {
            double v = c.getValue();
            String tone = v >= 80 ? "high" : v >= 50 ? "mid" : "low";
            h.open("tr").element("td", c.getKey(), "class", "label");
            h.open("td", "class", "bar").open("div", "class", "track");
            h.empty("div", "class", "fill " + tone, "style", String.format(Locale.ROOT, "width: %.1f%%", Math.max(v, 0.5)));
            h.close().close();
            h.element("td", String.format(Locale.ROOT, "%.0f", v), "class", "value").close();
        }
        h.close().close().newline();
    }

    private static void conditions(Html h, RuleSetResult r) {
        if (r.conditions().isEmpty()) return;
        h.element("h3", "Conditions the requirements depend on");
        h.open("table", "class", "grid").open("thead").open("tr")
                .element("th", "Condition", "style", "width: 22%").element("th", "Holds", "style", "width: 10%")
                .element("th", "Settled by", "style", "width: 16%").element("th", "Why").close().close();
        h.open("tbody");
        for (Applicability a : r.conditions()) {
            h.open("tr").element("td", a.key()).element("td", a.holds() ? "yes" : "no")
                    .element("td", switch (a.source()) {
                        case USER -> "--assume";
                        case INFERRED -> "the policy";
                        case DEFAULT -> "default (not settled)";
                    })
                    .element("td", a.reason() + (a.evidence() != null && !a.reason().contains("line ") ? " (" + Labels.lines(a.evidence()) + ")" : "")).close();
        }
        h.close().close().newline();
    }

    private void gapTable(Html h, RuleSetResult r) {
        String rs = anchor(anchor, r);
        h.element("h2", "Gaps: " + r.title(), "id", rs + "-gaps");
        List<Assessment> gaps = new ArrayList<>(ofStatus(r, Status.MISSING));
        gaps.addAll(ofStatus(r, Status.PARTIAL));
        if (gaps.isEmpty()) {
            h.element("p", r.score() == null ? "No gaps: no requirement applies." : "No gaps: every requirement that applies is met.");
            return;
        }
        h.open("table", "class", "grid").open("thead").open("tr")
                .element("th", "Requirement", "style", "width: 27%").element("th", "What is required", "style", "width: 29%")
                .element("th", "Law", "style", "width: 18%").element("th", "Severity", "style", "width: 14%")
                .element("th", "Status", "style", "width: 12%").close().close();
        h.open("tbody");
        for (Assessment a : gaps) {
            Requirement q = a.requirement();
            h.open("tr");
            h.open("td").element("a", q.id(), "href", "#" + requirementId(rs, q)).close();
            h.element("td", q.title()).element("td", q.citation()).element("td", q.severity().label());
            h.open("td").element("span", Labels.status(a.finding().status()), "class", Labels.statusClass(a.finding().status()) + " badge");
            review.of(document, r, a).ifPresent(sup -> h.text(" ").element("span", RequirementDetail.suppressionLabel(sup), "class", "waived"));
            h.close();
            h.close();
        }
        h.close().close().newline();
    }

    private void details(Html h, RuleSetResult r) {
        String rs = anchor(anchor, r);
        h.element("h2", "Requirement by requirement: " + r.title(), "id", rs + "-detail");
        for (Status s : ORDER) {
            for (Assessment a : ofStatus(r, s)) {
                RequirementDetail.write(h, requirementId(rs, a.requirement()), a, review.of(document, r, a));
            }
        }
    }

    private static String requirementId(String rs, Requirement q) {
        return Labels.id(rs, q.id());
    }

    private static List<Assessment> ofStatus(RuleSetResult r, Status s) {
        return r.assessments().stream().filter(a -> a.finding().status() == s)
                .sorted(Comparator.comparing((Assessment a) -> a.requirement().severity()))
                .toList();
    }
}
