package checkpolicy.extract.value;

import checkpolicy.extract.internal.TextChars;
import checkpolicy.facts.ValueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telephone numbers, Indian and international, normalised to {@code +<country><digits>}.
 *
 * <p>Two steps. A bounded pattern finds a run of digit groups joined by spaces, hyphens, dots or
 * brackets, not glued to letters, slashes or other numbers. Then {@link PhoneShapes} decides
 * which stretch of that run, if any, is shaped like a real number: most numbers in a policy are
 * dates, years, PIN codes, prices, versions or counts, and only the grouping tells them apart.
 */
final class PhoneScanner implements KindScanner {

    private static final String ELEMENT = "(?:\\([\\s\\h]?\\+?\\d{1,5}[\\s\\h]?\\)|\\d{1,15})";
    /** A separator; empty only next to a bracket, so digit groups never split ambiguously. */
    private static final String SEPARATOR = "(?:[ \\-.\u2013\u00A0]{1,3}|(?<=\\))|(?=\\())";

    private static final Pattern RUN = Pattern.compile(
            "(?<![\\w+/\\-@#=&])(?<!\\d[.,])"
                    + "(?:\\+[\\s\\h]?)?" + ELEMENT + "(?:" + SEPARATOR + ELEMENT + "){0,8}"
                    // Not glued to what follows: digits, a slash, lower-case letters ("3x"), "-A" ("1-800-FLOWERS").
                    // An upper-case letter may follow: scraped text runs sentences together ("1500We request").
                    + "(?![\\d/@_a-z]|[.,\\-]\\d|-[A-Za-z])");

    /** Words that say the digits after them are a number to call, whatever their grouping. */
    private static final Set<String> PHONE_LABELS = Set.of(
            "tel", "telephone", "phone", "ph", "fax", "mobile", "mob", "cell", "landline", "helpline", "hotline");

    /** Longer than any run the pattern can match (9 groups of at most 15 digits and 3 separators). */
    private static final int MAX_RUN = 200;

    /** One group of digits in a run, with what stood before it. */
    record Group(int start, int end, String digits, boolean bracketed, boolean plus, char separatorBefore) { }

    @Override
    public ValueKind kind() {
        return ValueKind.PHONE;
    }

    @Override
    public List<ValueMatch> scan(String text) {
        List<ValueMatch> out = new ArrayList<>();
        // A number starts at a plus, a bracket or the first digit of a run: try the pattern only there.
        Anchors.Scope scope = new Anchors.Scope(text);
        TrunkCountry.OfText trunkCountry = new TrunkCountry.OfText(text);
        char[] cs = TextChars.of(text);
        int n = cs.length;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            boolean digitRunStart = c >= '0' && c <= '9' && (i == 0 || !TextChars.isDigit(cs[i - 1]));
            if (digitRunStart || c == '+' || c == '(') {
                Matcher m = scope.around(RUN, i, i + MAX_RUN);
                if (m.lookingAt()) {
                    if (!afterCurrencySign(text, i)) {
                        takeNumbers(text, groups(text, m.start(), m.end()), afterPhoneLabel(text, m.start()), trunkCountry, out);
                    }
                    i = m.end();
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /**
     * Left to right, the longest stretch of groups that is a phone number; a stretch that is not
     * one is retried without its first group, so "Mumbai 400001 022 2345 6789" still yields the number.
     * After a label, a run no known shape takes as a whole is read as dialled.
     */
    private static void takeNumbers(String text, List<Group> groups, boolean labelled,
                                    Supplier<String> trunkCountry, List<ValueMatch> out) {
        int i = 0;
        while (i < groups.size()) {
            int taken = -1;
            for (int j = groups.size() - 1; j >= i && taken < 0; j--) {
                String normalized = PhoneShapes.normalize(groups.subList(i, j + 1), trunkCountry);
                if (normalized == null && labelled && i == 0 && j == groups.size() - 1) {
                    // "Tel: 62-21 53699200", "Ph. 08 8388 6583": the label vouches for a grouping of any country
                    normalized = PhoneShapes.labelled(groups);
                }
                if (normalized != null) {
                    Group first = groups.get(i);
                    Group last = groups.get(j);
                    out.add(ValueMatch.of(ValueKind.PHONE, normalized, text, first.start(), last.end()));
                    taken = j;
                }
            }
            i = taken >= 0 ? taken + 1 : i + 1;
        }
    }

    /** Cuts a matched run into its groups; a leading plus belongs to the first group. */
    static List<Group> groups(String text, int from, int to) {
        List<Group> groups = new ArrayList<>();
        int i = from;
        boolean plus = false;
        int plusAt = -1;
        char separator = 0;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '+') {
                plus = true;
                plusAt = i++;
            } else if (c == '(') {
                int close = text.indexOf(')', i);
                String inside = text.substring(i + 1, close);
                boolean innerPlus = inside.indexOf('+') >= 0;
                groups.add(new Group(plusAt >= 0 ? plusAt : i, close + 1, digitsOf(inside), true,
                        plus || innerPlus, separator));
                plus = false;
                plusAt = -1;
                separator = 0;
                i = close + 1;
            } else if (Character.isDigit(c)) {
                int s = i;
                while (i < to && Character.isDigit(text.charAt(i))) i++;
                groups.add(new Group(plusAt >= 0 ? plusAt : s, i, text.substring(s, i), false, plus, separator));
                plus = false;
                plusAt = -1;
                separator = 0;
            } else {
                char kind = c == '\u2013' ? '-' : c == '\u00A0' ? ' ' : c;
                if (kind != ' ' || separator == 0) separator = kind;  // " - " counts as a hyphen
                i++;
            }
        }
        return groups;
    }

    private static String digitsOf(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) b.append(s.charAt(i));
        return b.toString();
    }

    /**
     * Whether a label names the number that starts here: "Tel:", "Phone -", "Ph." or "Fax"
     * right before it, with at most a colon, stop or dash between.
     */
    private static boolean afterPhoneLabel(String text, int start) {
        int i = start - 1;
        while (i >= 0 && start - i <= 4 && " \u00A0:.-".indexOf(text.charAt(i)) >= 0) i--;
        int end = i + 1;
        while (i >= 0 && start - i <= 16 && Character.isLetter(text.charAt(i))) i--;
        if (end - (i + 1) < 2 || (i >= 0 && Character.isLetterOrDigit(text.charAt(i)))) return false;
        return PHONE_LABELS.contains(text.substring(i + 1, end).toLowerCase(Locale.ROOT));
    }

    /** "$ 4155550100", "₹9999999999": an amount, not a number to call. */
    private static boolean afterCurrencySign(String text, int start) {
        int i = start - 1;
        while (i >= 0 && i > start - 3 && text.charAt(i) == ' ') i--;
        return i >= 0 && "$₹€£¥".indexOf(text.charAt(i)) >= 0;
    }
}
