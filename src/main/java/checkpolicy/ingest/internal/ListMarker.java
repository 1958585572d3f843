package checkpolicy.ingest.internal;

/**
 * The marker at the start of a list line: a bullet ({@code * - + • · –}) or an enumerator
 * ({@code 1.  1)  2.1  (a)  a)  i.  IV.}).
 *
 * @param ordered an enumerator rather than a bullet
 * @param sectionNumber the marker can also number a heading ("1.", "2.1", "IV."): its nesting depth, else 0
 * @param textStart where the item's text begins, after the marker and its spaces
 */
public record ListMarker(boolean ordered, int sectionNumber, int textStart) {

    private static final String BULLETS = "*-+\u2022\u00B7\u2013\u25AA\u25E6\u25CF";

    /** The marker at {@code text[start]}, or null when the line {@code text[start, end)} has none. */
    public static ListMarker at(CharSequence text, int start, int end) {
        if (start >= end) return null;
        char c = text.charAt(start);
        if (BULLETS.indexOf(c) >= 0) return followedBySpace(text, start + 1, end) ? of(false, 0, text, start + 1, end) : null;
        if (Character.isDigit(c)) return numbered(text, start, end);
        if (c == '(') return parenthesised(text, start, end);
        if (Character.isLetter(c)) return lettered(text, start, end);
        return null;
    }

    /** "1."  "12)"  "2.1"  "2.1." — a bare "2019 " is not a marker, and numbers run to three digits. */
    private static ListMarker numbered(CharSequence text, int start, int end) {
        int i = start;
        int depth = 0;
        while (true) {
            int digits = 0;
            while (i < end && Character.isDigit(text.charAt(i)) && digits < 4) {
                i++;
                digits++;
            }
            if (digits == 0 || digits > 3) return null;
            depth++;
            if (i < end && text.charAt(i) == '.' && i + 1 < end && Character.isDigit(text.charAt(i + 1))) {
                i++;
                continue;
            }
            break;
        }
        if (i < end && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
            boolean paren = text.charAt(i) == ')';
            if (!followedBySpace(text, i + 1, end)) return null;
            return of(true, paren ? 0 : depth, text, i + 1, end);
        }
        // "2.1 Scope" numbers a heading; a plain "2 " does not.
        return depth > 1 && followedBySpace(text, i, end) ? of(true, depth, text, i, end) : null;
    }

    /** "(a)"  "(iv)"  "(12)". */
    private static ListMarker parenthesised(CharSequence text, int start, int end) {
        int i = start + 1;
        while (i < end && i - start <= 4 && Character.isLetterOrDigit(text.charAt(i))) i++;
        if (i == start + 1 || i >= end || text.charAt(i) != ')' || !followedBySpace(text, i + 1, end)) return null;
        return of(true, 0, text, i + 1, end);
    }

    /** "a)"  "b."  "iv."  "IV." — upper-case Roman numerals may number headings; other capitals are initials. */
    private static ListMarker lettered(CharSequence text, int start, int end) {
        int i = start;
        while (i < end && i - start < 5 && Character.isLetter(text.charAt(i))) i++;
        if (i >= end || (text.charAt(i) != '.' && text.charAt(i) != ')') || !followedBySpace(text, i + 1, end)) return null;
        boolean paren = text.charAt(i) == ')';
        int length = i - start;
        if (isRoman(text, start, i, true)) return of(true, paren ? 0 : 1, text, i + 1, end);
        if (isRoman(text, start, i, false) || (length == 1 && Character.isLowerCase(text.charAt(start)))) {
            return of(true, 0, text, i + 1, end);
        }
        if (length == 1 && paren) return of(true, 0, text, i + 1, end);
        return null;
    }

    private static boolean isRoman(CharSequence text, int start, int end, boolean upper) {
        String numerals = upper ? "IVXLC" : "ivxlc";
        for (int i = start; i < end; i++) {
            if (numerals.indexOf(text.charAt(i)) < 0) return false;
        }
        return end > start;
    }

    private static boolean followedBySpace(CharSequence text, int i, int end) {
        return i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t');
    }

    private static ListMarker of(boolean ordered, int sectionNumber, CharSequence text, int afterMarker, int end) {
        int i = afterMarker;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return i < end ? new ListMarker(ordered, sectionNumber, i) : null;
    }
}
