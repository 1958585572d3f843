package checkpolicy.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Narrows the quote of a long sentence to the part that says what was read. Pages copied without
 * their line breaks run sentences together with no space ("…how we use them.How do we use your
 * information?We may use…"), which the segmenter keeps as one sentence: splitting them there moved
 * verdicts whose cue was a heading run into the sentence before (docs/accuracy.md). So the sentence
 * stays whole for reading and rules, and only its quote is cut at those joins, to the pieces that
 * hold the phrase that was read.
 */
final class RunOnQuote {

    /** Sentences up to this long are quoted whole: a join in them costs the reader little. */
    static final int LONG = 300;

    /** A quote is widened by the pieces beside it until it is this long, so it still reads as a sentence. */
    static final int SHORTEST = 80;

    private final CharSequence text;
    private final int start;
    private final int end;
    /** Where the sentence's pieces start, and its end: found once, when a long sentence is first quoted. */
    private int[] cuts;

    /** The quotes of the sentence {@code text[start, end)}. */
    RunOnQuote(CharSequence text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }

    /**
     * The start and end of the quote for a passage read at the words {@code [hitStart, hitEnd)};
     * the whole sentence when it is short, when no phrase was read (a heading's section, a contact
     * block), or when it has no joins.
     */
    int[] around(int hitStart, int hitEnd) {
        if (end - start <= LONG || hitStart < start || hitEnd > end || hitStart >= hitEnd) return new int[] {start, end};
        if (cuts == null) cuts = cuts();
        int first = 0;
        while (first + 1 < cuts.length - 1 && cuts[first + 1] <= hitStart) first++;
        int last = cuts.length - 1;
        while (last - 1 > first && cuts[last - 1] >= hitEnd) last--;
        while (cuts[last] - cuts[first] < SHORTEST && (first > 0 || last < cuts.length - 1)) {
            if (last < cuts.length - 1) last++;
            else first--;
        }
        return new int[] {cuts[first], cuts[last]};
    }

    /** The sentence's start, the first letter after every join, and its end. */
    private int[] cuts() {
        List<Integer> found = new ArrayList<>();
        found.add(start);
        for (int i = start + 1; i + 2 < end; i++) {
            if (isJoin(text, i, end)) found.add(i + 1);
        }
        found.add(end);
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How far either side of a mark an address is looked for: no host or initials run longer. */
    private static final int WORD = 64;

    /**
     * A sentence mark with a lower-case letter or closing bracket before it and a capitalised
     * word right after it: "them.How", "(DPO).We". Not inside a web or e-mail address
     * ("www.Example.com", "info@Site.org"), nor initials ("U.S.A"): the words either side of the
     * mark run on to another dot, an at sign or a slash.
     */
    private static boolean isJoin(CharSequence text, int i, int end) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') return false;
        char before = text.charAt(i - 1);
        if (!(Character.isLowerCase(before) || before == ')')) return false;
        if (!Character.isUpperCase(text.charAt(i + 1)) || !Character.isLowerCase(text.charAt(i + 2))) return false;
        for (int j = i + 1; j < Math.min(end, i + WORD) && !Character.isWhitespace(text.charAt(j)); j++) {
            if (inAddress(text.charAt(j))) return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - WORD) && !Character.isWhitespace(text.charAt(j)); j--) {
            if (inAddress(text.charAt(j))) return false;
        }
        return true;
    }

    private static boolean inAddress(char c) {
        return c == '.' || c == '@' || c == '/';
    }
}
