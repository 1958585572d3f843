package checkpolicy.report.render.internal.html;

import checkpolicy.facts.Status;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.InputError;
import checkpolicy.report.Report;
import checkpolicy.report.RuleSetResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit report as one XHTML page, the source of both the HTML and the PDF output: a cover,
 * the contents, a comparison table when there are several policies, then per policy its summary,
 * gap table, requirement details and an appendix of what was extracted. No scripts, no images,
 * nothing fetched: the style sheet is inlined and the chart is made of CSS bars.
 */
public final class AuditReportPage {

    private static final String CSS = resource("/checkpolicy/report/report.css");

    private final LocalDate generatedOn;

    /** @param generatedOn printed on the cover; null leaves it out so the same input gives the same bytes */
    public AuditReportPage(LocalDate generatedOn) {
        this.generatedOn = generatedOn;
    }

    public String render(Report report) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>").newline();
        h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en").newline();
        h.open("head").newline();
        h.empty("meta", "charset", "utf-8").newline();
        h.element("title", title(report)).newline();
        h.open("style").raw("\n").raw(CSS).close().newline();
        h.close().newline();
        h.open("body").newline();
        cover(h, report);
        contents(h, report);
        if (report.documents().size() > 1) new ComparisonTable(report).write(h);
        int n = 0;
        for (DocumentReport d : report.documents()) {
            n++;
            new PolicySection(d, "p" + n, report.documents().size() > 1, report.review()).write(h);
            new FactsAppendix(d, "p" + n, appendixLetter(n)).write(h);
        }
        errors(h, report);
        h.close().newline();
        h.close().newline();
        return h.toString();
    }

    public String title(Report report) {
        if (report.documents().size() == 1) {
            return "Privacy policy audit: " + Organisation.of(report.documents().get(0));
        }
        return "Privacy policy audit: " + report.documents().size() + " policies";
    }

    private void cover(Html h, Report report) {
        h.open("section", "class", "cover").newline();
        h.element("div", "Privacy policy audit report", "class", "kicker");
        if (report.documents().size() == 1) {
            h.element("div", Organisation.of(report.documents().get(0)), "class", "title");
        } else {
            h.element("div", report.documents().size() + " policies compared", "class", "title");
        }
        h.element("div", ruleSetTitles(report), "class", "subtitle").newline();
        h.open("table", "class", "kv").open("tbody");
        if (report.documents().size() == 1) {
            DocumentReport d = report.documents().get(0);
            row(h, "Organisation", Organisation.of(d));
            row(h, "Policy file", d.path());
            h.open("tr").element("th", "SHA-256 of the text").element("td", d.sha256(), "class", "mono").close();
            if (d.archivedOn() != null) row(h, "Archived on", d.archivedOn());
        } else {
            row(h, "Policies", report.documents().size() + ", listed below");
        }
        h.open("tr").element("th", "Rule sets").open("td");
        for (Map.Entry<String, RuleSetResult> r : ruleSets(report).entrySet()) {
            h.element("div", r.getValue().title() + " (" + r.getKey() + ", version " + r.getValue().version() + ")");
        }
        h.close().close();
        row(h, "Judged as of", asOf(report));
        row(h, "Tool", report.toolName() + " " + report.toolVersion());
        if (generatedOn != null) row(h, "Generated on", generatedOn.toString());
        h.close().close().newline();
        if (report.documents().size() > 1) policyList(h, report);
        h.element("p", "This report lists what the policy discloses and what the rule sets expect it to disclose, "
                + "with the passages relied on quoted by line. It describes a notice, not the practices behind it, "
                + "and is not legal advice.", "class", "disclaimer");
        h.close().newline();
    }

    /** One row per policy: who, which file, and the digest of the text that was checked. */
    private static void policyList(Html h, Report report) {
        h.open("table", "class", "grid").open("thead").open("tr").element("th", "#", "style", "width: 5%", "class", "num")
                .element("th", "Organisation, policy file and SHA-256 of its text").close().close();
        h.open("tbody");
        int n = 0;
        for (DocumentReport d : report.documents()) {
            n++;
            h.open("tr").element("td", Integer.toString(n), "class", "num").open("td");
            h.element("div", Organisation.of(d)).element("div", d.path(), "class", "small").element("div", d.sha256(), "class", "mono small");
            h.close().close();
        }
        h.close().close().newline();
    }

    private static void contents(Html h, Report report) {
        h.open("nav", "class", "toc").newline();
        h.element("h1", "Contents");
        h.open("ul");
        if (report.documents().size() > 1) tocEntry(h, "comparison", "Comparison of the policies", "l1");
        int n = 0;
        for (DocumentReport d : report.documents()) {
            n++;
            String p = "p" + n;
            tocEntry(h, p, PolicySection.heading(d, n, report.documents().size() > 1), "l1");
            for (RuleSetResult r : d.results()) {
                String rs = PolicySection.anchor(p, r);
                tocEntry(h, rs + "-summary", "Executive summary: " + r.title(), "l2");
                tocEntry(h, rs + "-gaps", "Gaps", "l2");
                tocEntry(h, rs + "-detail", "Requirement by requirement", "l2");
            }
            tocEntry(h, p + "-appendix", "Appendix " + appendixLetter(n) + ": facts and values extracted from " + d.path(), "l1");
        }
        if (!report.errors().isEmpty()) tocEntry(h, "errors", "Files that could not be checked", "l1");
        h.close();
        h.close().newline();
    }

    private static void tocEntry(Html h, String id, String text, String level) {
        h.open("li", "class", level).element("a", text, "href", "#" + id).close();
    }

    private static void errors(Html h, Report report) {
        if (report.errors().isEmpty()) return;
        h.open("section", "class", "page-break").newline();
        h.element("h1", "Files that could not be checked", "id", "errors");
        h.open("table", "class", "grid").open("thead").open("tr").element("th", "File").element("th", "Why").close().close();
        h.open("tbody");
        for (InputError e : report.errors()) h.open("tr").element("td", e.path()).element("td", e.message()).close();
        h.close().close();
        h.close().newline();
    }

    static void row(Html h, String label, String value) {
        h.open("tr").element("th", label).element("td", value).close();
    }

    /** Every rule set in the report, by id, with the first result seen for it (for title and version). */
    private static Map<String, RuleSetResult> ruleSets(Report report) {
        Map<String, RuleSetResult> out = new LinkedHashMap<>();
        for (DocumentReport d : report.documents()) {
            for (RuleSetResult r : d.results()) out.putIfAbsent(r.ruleset(), r);
        }
        return out;
    }

    private static String ruleSetTitles(Report report) {
        return String.join("; ", ruleSets(report).values().stream().map(RuleSetResult::title).toList());
    }

    private static String asOf(Report report) {
        for (RuleSetResult r : ruleSets(report).values()) {
            if (r.asOf() != null) return r.asOf().toString();
        }
        return "Not set: a readiness check, every requirement judged whatever its in-force date";
    }

    /** Appendices are lettered A, B, … Z, then AA, AB, …, one per policy. */
    static String appendixLetter(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = n; i > 0; i = (i - 1) / 26) b.insert(0, (char) ('A' + (i - 1) % 26));
        return b.toString();
    }

    static int gaps(RuleSetResult r) {
        return r.count(Status.MISSING) + r.count(Status.PARTIAL);
    }

    private static String resource(String name) {
        try (InputStream in = AuditReportPage.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
