package checkpolicy.report.render.internal.html;

import checkpolicy.facts.Requirement;
import checkpolicy.facts.Span;
import checkpolicy.facts.Status;
import checkpolicy.report.Assessment;
import checkpolicy.report.Suppression;
import java.util.Locale;
import java.util.Optional;

/** One requirement's block: status, law, the passages relied on, why, and for a gap the fix and a sample clause. */
final class RequirementDetail {

    private RequirementDetail() {}

    static void write(Html h, String id, Assessment a, Optional<Suppression> suppression) {
        Requirement q = a.requirement();
        Status status = a.finding().status();
        h.open("div", "class", "req " + Labels.statusClass(status), "id", id).newline();
        h.open("h3").element("span", Labels.status(status), "class", Labels.statusClass(status) + " badge").text(" " + q.title() + " ")
                .element("span", q.id(), "class", "id").close();
        h.open("table", "class", "kv").open("tbody");
        AuditReportPage.row(h, "Law", q.citation() + (q.inForce() != null ? " (in force from " + q.inForce() + ")" : ""));
        AuditReportPage.row(h, "Severity", q.severity().label() + ", weight " + weight(q.weight()) + ", category " + q.category());
        h.open("tr").element("th", status == Status.PARTIAL ? "Why partial" : "Finding").open("td").prose(a.finding().reason()).close().close();
        suppression.ifPresent(sup -> h.open("tr").element("th", "Gate").open("td").prose(suppressionLabel(sup)
                + (sup.reason() == null || sup.reason().isBlank() ? "" : ": " + sup.reason())
                + (sup.expires() != null ? " (expires " + sup.expires() + ")" : "")).close().close());
        if (status.scored()) evidence(h, a);
        if (status == Status.MISSING || status == Status.PARTIAL) {
            if (!blank(q.remediation())) h.open("tr").element("th", "Remediation").open("td").prose(q.remediation().strip()).close().close();
            if (!blank(q.sampleClause())) {
                h.open("tr").element("th", "Sample clause").open("td").open("div", "class", "clause").prose(q.sampleClause().strip()).close().close().close();
            }
        }
        h.close().close();
        h.close().newline();
    }

    /** How the gate treated a gap: waived (inline or in the config) or already in the baseline. */
    static String suppressionLabel(Suppression sup) {
        return switch (sup.kind()) {
            case INLINE -> "waived in the policy";
            case WAIVER -> "waived in .checkpolicy.yaml";
            case BASELINE -> "known gap (baseline)";
        };
    }

    private static void evidence(Html h, Assessment a) {
        h.open("tr").element("th", "Evidence").open("td");
        if (a.finding().evidence().isEmpty()) {
            h.element("span", "No passage in the policy speaks to this.", "class", "none");
        }
        for (Span s : a.finding().evidence()) {
            h.open("div", "class", "quote");
            h.element("span", Labels.lines(s) + " (" + Labels.position(s) + ")", "class", "loc");
            h.prose("“" + s.quote().replaceAll("\\s+", " ").strip() + "”");
            h.close();
        }
        h.close().close();
    }

    private static String weight(double w) {
        return w == Math.rint(w) ? Long.toString((long) w) : String.format(Locale.ROOT, "%.2f", w);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
