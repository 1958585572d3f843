package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates, normalised to ISO {@code 2024-03-01}, or {@code 2024-03} when only a month is
 * given ("March 2024").
 *
 * <p>Written forms: {@code 1 March 2024}, {@code 1st of March, 2024}, {@code March 1, 2024},
 * {@code Jan. 5, 2023}, {@code 2024-03-01}, {@code 01/03/2024}. An all-number date is read
 * day/month/year, as Indian policies write it, unless the day/month reading is impossible and
 * month/day is not ({@code 12/25/2023}). Dotted dates need two-digit day and month, so version
 * numbers ({@code 2.1.2024}) are no date. Years run 1900–2099; impossible dates are dropped.
 */
final class DateScanner implements KindScanner {

    private static final String MONTH = "(?<month>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\\b\\.?";
    private static final String DAY = "(?<day>0?[1-9]|[12]\\d|3[01])(?i:st|nd|rd|th)?\\b";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})(?![\\d-])";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\w.])" + DAY + "[\\s\\h-]{1,3}(?:of[\\s\\h]{1,3})?" + MONTH + ",?[\\s\\h-]{1,3}" + YEAR);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "[\\s\\h]{1,3}" + DAY + ",?[\\s\\h]{1,3}" + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b" + MONTH + ",?[\\s\\h]{1,3}" + YEAR);
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d./-])(?<year>(?:19|20)\\d{2})(?<sep>[-/.])(?<month>0?[1-9]|1[0-2])\\k<sep>(?<day>0?[1-9]|[12]\\d|3[01])(?![\\d]|[-/.]\\d)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d./-])(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<year>(?:19|20)\\d{2})(?![\\d]|[-/.]\\d)");

    private static final String[] MONTH_KEYS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    @Override
    public ValueKind kind() {
        return ValueKind.DATE;
    }

    @Override
    public List<ValueMatch> scan(String text) {
        List<ValueMatch> out = new ArrayList<>();
        Anchors.Scope scope = new Anchors.Scope(text);
        // Every date holds a four-digit year: find those, then try each form in a window around it.
        Anchors.forEachRun(text, (start, end, digits) -> {
            if (digits && end - start == 4 && (text.startsWith("19", start) || text.startsWith("20", start))) {
                aroundYear(scope, start, end, out);
            }
        });
        return out;
    }

    private static void aroundYear(Anchors.Scope scope, int yearStart, int yearEnd, List<ValueMatch> out) {
        String text = scope.text();
        int from = yearStart - 32;
        int to = yearEnd + 8;
        boolean withDay = named(text, yearStart, scope.around(DAY_MONTH_YEAR, from, to), true, out);
        withDay |= named(text, yearStart, scope.around(MONTH_DAY_YEAR, from, to), true, out);
        // "31 February 2024" is no date, and not "February 2024" either
        if (!withDay) named(text, yearStart, scope.around(MONTH_YEAR, from, to), false, out);
        Matcher iso = scope.around(ISO, from, to);
        while (iso.find()) {
            if (iso.start("year") != yearStart) continue;
            add(text, iso, Integer.parseInt(iso.group("year")), Integer.parseInt(iso.group("month")),
                    Integer.parseInt(iso.group("day")), out);
        }
        Matcher numeric = scope.around(NUMERIC, from, to);
        while (numeric.find()) {
            if (numeric.start("year") == yearStart) numericDate(text, numeric, out);
        }
    }

    /** Adds the dates written with month names around this year; true if one was written, valid or not. */
    private static boolean named(String text, int yearStart, Matcher m, boolean withDay, List<ValueMatch> out) {
        boolean written = false;
        while (m.find()) {
            if (m.start("year") != yearStart) continue;
            String month = m.group("month");
            if (!Character.isUpperCase(month.charAt(0))) continue;  // "may" the verb
            written = true;
            int monthNumber = monthNumber(month);
            int year = Integer.parseInt(m.group("year"));
            if (withDay) {
                add(text, m, year, monthNumber, Integer.parseInt(m.group("day")), out);
            } else {
                out.add(ValueMatch.of(ValueKind.DATE, String.format(Locale.ROOT, "%04d-%02d", year, monthNumber),
                        text, m.start(), m.end()));
            }
        }
        return written;
    }

    private static void numericDate(String text, Matcher m, List<ValueMatch> out) {
        String a = m.group("a");
        String b = m.group("b");
        if (m.group("sep").equals(".") && (a.length() != 2 || b.length() != 2)) return;  // 2.1.2024 is a version
        int first = Integer.parseInt(a);
        int second = Integer.parseInt(b);
        int year = Integer.parseInt(m.group("year"));
        boolean dayFirst = first > 12 || second <= 12;  // day/month unless only month/day is possible
        add(text, m, year, dayFirst ? second : first, dayFirst ? first : second, out);
    }

    private static void add(String text, Matcher m, int year, int month, int day, List<ValueMatch> out) {
        try {
            LocalDate date = LocalDate.of(year, month, day);
            out.add(ValueMatch.of(ValueKind.DATE, date.toString(), text, m.start(), m.end()));
        } catch (DateTimeException e) {
            // 31 February and the like: not a date
        }
    }

    private static int monthNumber(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTH_KEYS.length; i++) if (MONTH_KEYS[i].equals(key)) return i + 1;
        throw new IllegalStateException("unknown month " + name);
    }
}
