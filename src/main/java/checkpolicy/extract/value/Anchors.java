package checkpolicy.extract.value;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helpers for the "cheap anchor, then a bounded pattern around it" way of scanning.
 *
 * <p>{@code Matcher.find()} over a whole text tries a pattern at every position; with leading
 * alternations of words that is slow, if linear. Scanners instead walk the text once for the
 * rare thing every match must hold (a year, a unit word, an honorific) and run the pattern only
 * in a small window around it.
 */
final class Anchors {

    private Anchors() { }

    /** Receives each run of letters or of digits in a text. */
    @FunctionalInterface
    interface RunVisitor {
        void visit(int start, int end, boolean digits);
    }

    /** A matcher confined to {@code [from, to)} (clipped to the text) whose look-arounds still see outside it. */
    static Matcher around(Pattern pattern, String text, int from, int to) {
        Matcher m = pattern.matcher(text);
        m.region(Math.max(0, from), Math.min(text.length(), Math.max(from, to)));
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    /** Calls the visitor for each maximal run of ASCII digits and each maximal run of letters, left to right. */
    static void forEachRun(String text, RunVisitor visitor) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                int s = i;
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') i++;
                visitor.visit(s, i, true);
            } else if (Character.isLetter(c)) {
                int s = i;
                while (i < n && Character.isLetter(text.charAt(i))) i++;
                visitor.visit(s, i, false);
            } else {
                i++;
            }
        }
    }
}
