package checkpolicy.report.render.internal.html;

import checkpolicy.facts.Span;
import checkpolicy.facts.Status;
import java.util.Locale;

/** The words and number formats the audit report uses, in one place so every table agrees. */
final class Labels {

    private Labels() {}

    static String score(Double score) {
        return score == null ? "n/a" : String.format(Locale.ROOT, "%.1f", score);
    }

    static String status(Status s) {
        return switch (s) {
            case MET -> "Met";
            case PARTIAL -> "Partial";
            case MISSING -> "Missing";
            case NOT_APPLICABLE -> "Not applicable";
            case NOT_IN_FORCE -> "Not in force";
        };
    }

    /** The status in a word or two, for a matrix cell. */
    static String shortStatus(Status s) {
        return switch (s) {
            case NOT_APPLICABLE -> "N/A";
            case NOT_IN_FORCE -> "Not yet";
            default -> status(s);
        };
    }

    /** The CSS class that colours a status. */
    static String statusClass(Status s) {
        return "st-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String gradeClass(String grade) {
        return "grade grade-" + grade.toLowerCase(Locale.ROOT).replace("-", "none");
    }

    /** "line 40" or "lines 40–42", as an auditor would cite it. */
    static String lines(Span s) {
        return s.endLine() > s.line() ? "lines " + s.line() + "–" + s.endLine() : "line " + s.line();
    }

    /** "40:1–40:77": where a quote starts and ends, for someone checking it against the file. */
    static String position(Span s) {
        return s.line() + ":" + s.column() + "–" + s.endLine() + ":" + s.endColumn();
    }

    /** A stable HTML id from any text: letters, digits and dashes. */
    static String id(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (b.length() > 0) b.append('-');
            b.append(p.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        }
        return b.toString();
    }
}
