package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages, as policies set limits for children: {@code under 18}, {@code under the age of 18},
 * {@code below 16 years}, {@code above 13 Years}, {@code 13 years of age}, {@code aged 16 or older},
 * {@code children under thirteen}, {@code 18 years or older}, {@code 18+}. Normalised to the whole
 * number of years ({@code 18}).
 *
 * <p>A number is only an age when something says so. Explicit: "age (of)", "aged", "years old",
 * "years of age", "or older". A comparison ("under", "above") or quantity ("at least") is an age
 * when the number is a usual age limit (12–21), or when a child word comes shortly before; never
 * when a unit follows ("at least 16 characters", "over 20 countries").
 */
final class AgeScanner implements KindScanner {

    private static final Pattern AGE = Pattern.compile(
            "(?<![\\w.])"
                    + "(?:(?<lead>under|below|over|above|younger[\\s\\h]{1,3}than|older[\\s\\h]{1,3}than|less[\\s\\h]{1,3}than"
                    + "|more[\\s\\h]{1,3}than|at[\\s\\h]{1,3}least|minimum[\\s\\h]{1,3}of|aged)[\\s\\h]{1,3})?"
                    + "(?<ageOf>(?:the[\\s\\h]{1,3})?ages?[\\s\\h]{1,3}(?:of[\\s\\h]{1,3})?)?"
                    + "(?<num>\\d{1,2}|" + NumberWords.REGEX + ")\\b(?![.,]\\d|[\\s\\h]?%|\\()"
                    + "(?<plus>\\+(?![\\w+]))?"
                    + "(?:[\\s\\h-]{1,3}(?<years>years?|yrs?)\\b\\.?)?"
                    + "(?:[\\s\\h-]{1,3}(?<old>of[\\s\\h]{1,3}age|old)\\b)?"
                    + "(?:[\\s\\h]{1,3}(?:or|and)[\\s\\h]{1,3}(?<more>older|elder|over|above|up|more)\\b)?",
            Pattern.CASE_INSENSITIVE);

    /** The first words of {@link #AGE}'s lead and "age of" groups. */
    private static final WordList OPENERS = new WordList(
            "under", "below", "over", "above", "younger", "older", "less", "more", "at", "minimum", "aged", "the", "age", "ages");

    private static final Pattern CHILD_WORD = Pattern.compile(
            "\\b(?:child|children|childrens|kids?|minors?|teens?|teenagers?|infants?|toddlers?|bab(?:y|ies)|youths?|juveniles?|age|aged)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WORD_AFTER = Pattern.compile("[\\s\\h]{0,3}([A-Za-z]{1,15})");

    /** Words after a bare number that make it a count, not an age. */
    private static final Set<String> UNITS = Set.of(
            "characters", "character", "chars", "digits", "digit", "letters", "numbers", "symbols",
            "days", "day", "weeks", "week", "months", "month", "hours", "hour", "minutes", "seconds",
            "times", "percent", "per", "pages", "items", "files", "employees", "members", "people", "persons",
            "countries", "states", "languages", "locations", "offices", "cities", "million", "billion",
            "thousand", "lakh", "crore", "km", "miles", "kg", "lbs", "mb", "gb", "kb", "pounds", "dollars",
            "rupees", "euros", "cents", "inches", "feet", "cm", "mm", "degrees", "u", "usc", "cfr", "of",
            "sections", "articles", "products", "stores", "brands", "partners", "companies", "years'");

    @Override
    public ValueKind kind() {
        return ValueKind.AGE;
    }

    @Override
    public List<ValueMatch> scan(String text) {
        List<ValueMatch> out = new ArrayList<>();
        Anchors.Scope scope = new Anchors.Scope(text);
        // Every age holds a number: find those, then match the phrase in a window around each.
        Anchors.forEachRun(text, (start, end, digits) -> {
            if (digits ? end - start <= 2 : NumberWords.isNumberWord(text, start, end)) aroundNumber(scope, start, out);
        });
        return out;
    }

    /**
     * Tries the pattern from each of the (at most four) words right before the number, farthest
     * first so the longest phrase wins, then from the number itself; the number must be the match's.
     */
    private static void aroundNumber(Anchors.Scope scope, int numberStart, List<ValueMatch> out) {
        String text = scope.text();
        int[] starts = new int[5];
        int count = 0;
        int i = numberStart;
        while (count < 4 && i > 0 && numberStart - i < 45) {
            int j = i;
            while (j > 0 && isSpace(text.charAt(j - 1))) j--;
            if (j == i && i != numberStart) break;  // words must be apart
            int wordEnd = j;
            while (j > 0 && Character.isLetter(text.charAt(j - 1))) j--;
            if (j == wordEnd) break;  // not a word: a bracket, a digit, punctuation
            starts[count++] = j;
            i = j;
        }
        // A match from the number itself is an age only with a word after it ("1 1 1", "1/1/"
        // have none); one from a word before it only when that word opens the phrase. Most
        // numbers of a text pass neither test and skip the pattern altogether.
        boolean fromNumber = ageWordAfter(text, numberStart);
        for (int k = count - 1; k >= -1; k--) {
            if (k >= 0 ? !opensPhrase(text, starts[k]) : !fromNumber) continue;
            int from = k >= 0 ? starts[k] : numberStart;
            Matcher m = scope.around(AGE, from, numberStart + 70);
            if (!m.lookingAt() || m.start("num") != numberStart) continue;
            int years = NumberWords.parse(m.group("num"));
            if (years < 1 || years > 99 || !isAge(text, m, years)) continue;
            int end = m.end();
            while (end > m.start() && text.charAt(end - 1) == '.') end--;  // "years." ends a sentence
            out.add(ValueMatch.of(ValueKind.AGE, Integer.toString(years), text, m.start(), end));
            return;
        }
    }

    /**
     * Is the word at {@code start} one the pattern can begin with: a lead ("under", "at least")
     * or the start of "(the) age(s) of"? Letter case aside, as the pattern reads it.
     */
    private static boolean opensPhrase(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return OPENERS.contains(text, start, end);
    }

    /**
     * Does what follows the number, past spaces and hyphens, start like "years", "yrs", "old",
     * "of age", "or older", "and above", or a plus? Without a word before the number, only these
     * can make it an age, so other numbers ("1 1 1", "1/1/") skip the pattern altogether.
     */
    private static boolean ageWordAfter(String text, int numberStart) {
        int i = numberStart;
        boolean digits = Character.isDigit(text.charAt(i));
        while (i < text.length() && (digits ? Character.isDigit(text.charAt(i)) : Character.isLetter(text.charAt(i)))) i++;
        int j = i;
        while (j < text.length() && j - i < 4 && (isSpace(text.charAt(j)) || text.charAt(j) == '-')) j++;
        return j < text.length() && "yYoOaA+".indexOf(text.charAt(j)) >= 0;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isAge(String text, Matcher m, int years) {
        String lead = m.group("lead") == null ? "" : Anchors.collapseSpaces(m.group("lead").toLowerCase(Locale.ROOT));
        boolean withYears = m.group("years") != null;
        // "old" needs "years" before it: "50 Old Road" is a street
        boolean old = m.group("old") != null && (withYears || !m.group("old").equalsIgnoreCase("old"));
        if (m.group("ageOf") != null || old || lead.equals("aged")
                || lead.equals("younger than") || lead.equals("older than")
                || (m.group("more") != null && m.group("more").toLowerCase(Locale.ROOT).matches("older|elder"))
                || (withYears && m.group("more") != null)) {
            return true;
        }
        // 12 to 21 are the limits policies set; with "years" after, 19 to 21 read as a period ("over 20 years")
        boolean usualLimit = years >= 12 && years <= (withYears ? 18 : 21);
        if (m.group("plus") != null) return usualLimit && !withYears;
        if (lead.isEmpty()) return false;
        if (!withYears && unitFollows(text, m.end())) return false;
        boolean child = childWordBefore(text, m.start());
        return switch (lead) {
            case "under", "below", "over", "above" -> usualLimit || child;
            default -> usualLimit && (withYears || child || beBefore(text, m.start()));
        };
    }

    private static boolean unitFollows(String text, int end) {
        Matcher w = WORD_AFTER.matcher(text).region(end, Math.min(text.length(), end + 20));  // rare: after a match
        return w.lookingAt() && UNITS.contains(w.group(1).toLowerCase(Locale.ROOT));
    }

    /** A child word in the same sentence, at most 60 characters back. */
    private static boolean childWordBefore(String text, int start) {
        int from = start;
        while (from > 0 && start - from < 60 && text.charAt(from - 1) != '\n'
                && !(text.charAt(from - 1) == '.' && from < start && text.charAt(from) == ' ')) {
            from--;
        }
        return CHILD_WORD.matcher(text).region(from, start).find();
    }

    /** "you must be at least 18": the quantity describes a person. */
    private static boolean beBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 6), start).toLowerCase(Locale.ROOT);
        return before.endsWith(" be ") || before.endsWith(" are ") || before.endsWith(" is ");
    }
}
