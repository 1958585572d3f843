package checkpolicy.extract.value;

import checkpolicy.extract.internal.TextChars;
import java.util.IdentityHashMap;
import java.util.Map;
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

    /** Runs of white space, no-break spaces included: what normalising collapses to one space. */
    static final Pattern SPACES = Pattern.compile("[\\s\\h]+");

    private Anchors() { }

    /** The text with its runs of white space made one space, and trimmed. */
    static String collapseSpaces(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Receives each run of letters or of digits in a text. */
    @FunctionalInterface
    interface RunVisitor {
        void visit(int start, int end, boolean digits);
    }

    /**
     * The matchers of one scan of one text, one per pattern, reused from anchor to anchor: making
     * a new matcher per anchor costs more than the match when anchors are dense. Not thread-safe;
     * a scan makes its own.
     */
    static final class Scope {
        private final String text;
        private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

        Scope(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }

        /**
         * The pattern's matcher confined to {@code [from, to)} (clipped to the text), its
         * look-arounds still seeing outside. Valid until the next call for the same pattern.
         */
        Matcher around(Pattern pattern, int from, int to) {
            Matcher m = matchers.computeIfAbsent(pattern, p -> p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
            int start = Math.max(0, Math.min(from, text.length()));
            return m.region(start, Math.max(start, Math.min(text.length(), to)));
        }
    }

    /** Calls the visitor for each maximal run of ASCII digits and each maximal run of letters, left to right. */
    static void forEachRun(String text, RunVisitor visitor) {
        Runs runs = Runs.of(text);
        for (int k = 0; k < runs.count; k++) visitor.visit(runs.starts[k], runs.ends[k], runs.digits[k]);
    }

    /** The runs of one text, cut once: five scanners walk the same text's runs one after another. */
    private static final class Runs {
        /** The last text cut, per thread (scanners of one text run on one thread). */
        private static final ThreadLocal<Runs> LAST = new ThreadLocal<>();

        private final String text;
        private int[] starts;
        private int[] ends;
        private boolean[] digits;
        private int count;

        static Runs of(String text) {
            Runs last = LAST.get();
            if (last != null && last.text == text) return last;
            Runs runs = new Runs(text);
            LAST.set(runs);
            return runs;
        }

        private Runs(String text) {
            this.text = text;
            char[] cs = TextChars.of(text);
            int n = cs.length;
            // about one run in six characters of English prose: most texts never grow the arrays
            starts = new int[Math.max(64, n / 5)];
            ends = new int[starts.length];
            digits = new boolean[starts.length];
            int i = 0;
            while (i < n) {
                char c = cs[i];
                if (c >= '0' && c <= '9') {
                    int s = i;
                    while (i < n && cs[i] >= '0' && cs[i] <= '9') i++;
                    add(s, i, true);
                } else if (TextChars.isLetter(c)) {
                    int s = i;
                    while (i < n && TextChars.isLetter(cs[i])) i++;
                    add(s, i, false);
                } else {
                    i++;
                }
            }
        }

        private void add(int s, int e, boolean digit) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
                digits = java.util.Arrays.copyOf(digits, count * 2);
            }
            starts[count] = s;
            ends[count] = e;
            digits[count++] = digit;
        }
    }
}
