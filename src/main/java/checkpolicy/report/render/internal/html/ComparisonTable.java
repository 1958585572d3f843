package checkpolicy.report.render.internal.html;

import checkpolicy.facts.Status;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.Report;
import checkpolicy.report.RuleSetResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens a report over several policies: a row per policy and rule set with score, grade and
 * counts, then, while the policies fit across a page, which requirements each one misses.
 */
final class ComparisonTable {

    /** Past this many policies a status matrix no longer fits across an A4 page. */
    private static final int MATRIX_COLUMNS = 6;

    private final Report report;

    ComparisonTable(Report report) {
        this.report = report;
    }

    void write(Html h) {
        h.open("section").newline();
        h.element("h1", "Comparison of the policies", "id", "comparison");
        h.open("table", "class", "grid").open("thead").open("tr")
                .element("th", "Policy", "style", "width: 34%").element("th", "Rule set", "style", "width: 18%")
                .element("th", "Score", "class", "num", "style", "width: 10%").element("th", "Grade", "style", "width: 9%")
                .element("th", "Met", "class", "num", "style", "width: 9%").element("th", "Partial", "class", "num", "style", "width: 10%")
                .element("th", "Missing", "class", "num", "style", "width: 10%").close().close();
        h.open("tbody");
        // Grouped by rule set, so the policies judged by the same law stand next to each other.
        for (String ruleSet : ruleSetIds()) {
            int n = 0;
            for (DocumentReport d : report.documents()) {
                n++;
                for (RuleSetResult r : d.results()) {
                    if (!r.ruleset().equals(ruleSet)) continue;
                    h.open("tr").open("td").open("a", "href", "#p" + n).text(n + ". " + Organisation.of(d)).close()
                            .element("div", d.path(), "class", "small").close();
                    h.element("td", r.ruleset() + " " + r.version());
                    h.element("td", Labels.score(r.score()), "class", "num");
                    h.open("td").element("span", r.grade(), "class", Labels.gradeClass(r.grade())).close();
                    h.element("td", Integer.toString(r.count(Status.MET)), "class", "num");
                    h.element("td", Integer.toString(r.count(Status.PARTIAL)), "class", "num");
                    h.element("td", Integer.toString(r.count(Status.MISSING)), "class", "num");
                    h.close();
                }
            }
        }
        h.close().close().newline();
        if (report.documents().size() <= MATRIX_COLUMNS) matrices(h);
        h.close().newline();
    }

    private java.util.Set<String> ruleSetIds() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (DocumentReport d : report.documents()) {
            for (RuleSetResult r : d.results()) ids.add(r.ruleset());
        }
        return ids;
    }

    /** Per rule set, requirement by policy: the status each policy gets. */
    private void matrices(Html h) {
        Map<String, List<RuleSetResult>> byRuleSet = new LinkedHashMap<>();
        for (DocumentReport d : report.documents()) {
            for (RuleSetResult r : d.results()) byRuleSet.computeIfAbsent(r.ruleset(), k -> new ArrayList<>()).add(r);
        }
        for (List<RuleSetResult> results : byRuleSet.values()) {
            if (results.size() != report.documents().size()) continue;
            RuleSetResult first = results.get(0);
            // On a page of its own: a requirement list of about 30 rows then fits without a straggler row.
            h.element("h2", "Requirement by policy: " + first.title(), "class", "page-break");
            int width = 64 / results.size();
            h.open("table", "class", "grid").open("thead").open("tr").element("th", "Requirement", "style", "width: 36%");
            for (int i = 1; i <= results.size(); i++) {
                h.element("th", "Policy " + i, "style", "width: " + width + "%");
            }
            h.close().close().open("tbody");
            for (int row = 0; row < first.assessments().size(); row++) {
                Assessment a = first.assessments().get(row);
                h.open("tr").element("td", a.requirement().id(), "class", "small");
                for (RuleSetResult r : results) {
                    Status s = statusOf(r, a.requirement().id());
                    h.open("td");
                    if (s != null) h.element("span", Labels.shortStatus(s), "class", Labels.statusClass(s) + " badge");
                    h.close();
                }
                h.close();
            }
            h.close().close().newline();
            h.element("p", "N/A: the requirement does not apply to that policy (a condition does not hold). "
                    + "Not yet: not in force on the as-of date. Policy numbers are those of the table above.", "class", "small");
        }
    }

    private static Status statusOf(RuleSetResult r, String requirement) {
        for (Assessment a : r.assessments()) {
            if (a.requirement().id().equals(requirement)) return a.finding().status();
        }
        return null;
    }
}
