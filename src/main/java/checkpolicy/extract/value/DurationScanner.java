package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods of time ({@code 30 days}, {@code thirty (30) days}, {@code a month}, {@code 72 hrs},
 * {@code 90 working days}, {@code six-month}), normalised to ISO-8601: {@code P30D}, {@code P1M},
 * {@code P3Y}, {@code PT72H}; weeks and fortnights become days ({@code P14D}).
 *
 * <p>The match is the number and its unit only, not "within" or "up to": what the period means is
 * for whoever reads the sentence. Working and business days count as days. Frequencies ("24 hours
 * a day", "once a month") and ages ("13 years old") are not periods; ages that a {@link AgeScanner}
 * finds ("above 13 years") are dropped by {@link ValueScanner} where they overlap.
 */
final class DurationScanner implements KindScanner {

    private static final String NUMBER = "\\d{1,4}|" + NumberWords.REGEX;

    /** Between number and unit: spaces or a hyphen, or one line break ("12\nmonths" wrapped). */
    private static final String GAP = "(?:[ \\h-]{1,3}|[ \\h]?\\r?\\n[ \\h]?)";

    private static final Pattern PERIOD = Pattern.compile(
            "(?<![\\w.,])(?<num>" + NUMBER + "|an?)\\b"
                    + "(?:[\\s\\h]{0,2}\\([\\s\\h]{0,2}(?<alt>" + NUMBER + ")[\\s\\h]{0,2}\\))?"
                    + GAP + "(?:(?:working|business|calendar|consecutive|banking|clear)" + GAP + ")?"
                    + "(?<unit>days?|weeks?|fortnights?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final WordList UNITS = new WordList("day", "days", "week", "weeks", "fortnight", "fortnights",
            "month", "months", "year", "years", "yr", "yrs", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins");

    /**
     * After a period, what makes it none: "a day", "per week" (a rate), "old", "of age" (an age),
     * "ago" (a moment: a news page's "55 minutes ago").
     */
    private static final Pattern RATE_AFTER = Pattern.compile(
            "[\\s\\h]{1,3}(?:a|an|per|each|every)[\\s\\h]{1,3}(?:day|week|month|year)\\b|[\\s\\h]{0,3}(?:old|of[\\s\\h]{1,3}age)\\b"
                    + "|[\\s\\h]{1,3}ago\\b",
            Pattern.CASE_INSENSITIVE);

    /** "once a month", "three times a year": the article counts occurrences, it is no period. */
    private static final Pattern RATE_BEFORE = Pattern.compile(
            "(?:once|twice|thrice|times|per|hours|days)[\\s\\h]{1,3}$", Pattern.CASE_INSENSITIVE);

    @Override
    public ValueKind kind() {
        return ValueKind.DURATION;
    }

    @Override
    public List<ValueMatch> scan(String text) {
        List<ValueMatch> out = new ArrayList<>();
        Anchors.Scope scope = new Anchors.Scope(text);
        // Every period ends in a unit word: find those, then match the phrase in a window before each.
        Anchors.forEachRun(text, (start, end, digits) -> {
            if (!digits && UNITS.contains(text, start, end)) {
                beforeUnit(scope, start, end, out);
            }
        });
        return out;
    }

    private static void beforeUnit(Anchors.Scope scope, int unitStart, int unitEnd, List<ValueMatch> out) {
        String text = scope.text();
        Matcher m = scope.around(PERIOD, unitStart - 48, unitEnd);
        while (m.find()) {
            if (m.start("unit") != unitStart) continue;
            String num = m.group("num");
            boolean article = num.equalsIgnoreCase("a") || num.equalsIgnoreCase("an");
            if (article && RATE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) return;
            Matcher after = RATE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 20));
            if (after.lookingAt()) return;
            int value = m.group("alt") != null ? NumberWords.parse(m.group("alt")) : article ? 1 : NumberWords.parse(num);
            if (value <= 0) return;
            out.add(ValueMatch.of(ValueKind.DURATION, iso(value, m.group("unit")), text, m.start(), m.end()));
            return;
        }
    }

    static String iso(int n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("d")) return "P" + n + "D";
        if (u.startsWith("w")) return "P" + (7 * n) + "D";
        if (u.startsWith("f")) return "P" + (14 * n) + "D";
        if (u.startsWith("mo")) return "P" + n + "M";
        if (u.startsWith("y")) return "P" + n + "Y";
        if (u.startsWith("h")) return "PT" + n + "H";
        return "PT" + n + "M";  // minutes
    }
}
