package checkpolicy.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a block of text into sentences. A sentence ends at {@code . ! ?} (plus any closing quotes
 * or brackets) followed by white space and then something that can open a sentence: an upper-case
 * letter, a digit, a quote or a bullet. Dots inside URLs, e-mail addresses and decimals are never
 * followed by white space, so they never split; known abbreviations and single initials do not
 * split either. One pass with bounded look-behind: linear in the length of the block.
 */
public final class SentenceSplitter {

    /** Lower-cased, without the final dot. "etc." and "Ltd." may end a sentence, but more often do not. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "etc", "mr", "ms", "mrs", "dr", "pvt", "ltd", "inc", "co", "no", "nos", "st",
            "vs", "v", "u.s", "u.k", "u.s.a", "jr", "sr", "prof", "corp", "fig", "approx", "viz", "cf",
            "al", "sec", "art", "para", "pp", "ph", "tel", "mob", "ext", "dept", "govt", "est");
    /** Longest abbreviation worth looking back for; bounds the look-behind. */
    private static final int MAX_ABBREVIATION = 6;

    private SentenceSplitter() {}

    /** Sentences of {@code text[start, end)} as {start, end} pairs, trimmed of white space; none empty. */
    public static List<int[]> split(CharSequence text, int start, int end) {
        // Read from an array: a CharSequence's charAt is an interface call per character, and a
        // document's every character passes here.
        char[] cs = new char[end - start];
        if (text instanceof String s) {
            s.getChars(start, end, cs, 0);
        } else {
            for (int i = start; i < end; i++) cs[i - start] = text.charAt(i);
        }
        List<int[]> sentences = new ArrayList<>();
        int n = cs.length;
        int sentenceStart = 0;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c != '.' && c != '!' && c != '?') continue;
            int close = i + 1;
            while (close < n && isClosing(cs[close])) close++;
            if (close >= n || !isSpace(cs[close])) continue;
            int next = close;
            while (next < n && isSpace(cs[next])) next++;
            if (next >= n || !canOpenSentence(cs[next])) continue;
            if (c == '.' && isAbbreviation(cs, i)) continue;
            addTrimmed(sentences, cs, start, sentenceStart, close);
            sentenceStart = next;
            i = next - 1;
        }
        addTrimmed(sentences, cs, start, sentenceStart, n);
        return sentences;
    }

    /** White space for splitting, including the no-break spaces that HTML and Word leave behind. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u2007' || c == '\u202F' || c == '\u2009' || c == '\u200B' || c == '\u3000';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']'
                || c == '*' || c == '_';
    }

    private static boolean canOpenSentence(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c)
                || c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '\u00AB'
                || c == '\u2022' || c == '\u00B7' || c == '*' || c == '-' || c == '\u2013';
    }

    /**
     * Whether the word ending at the dot {@code cs[dot]} is an abbreviation or an initial. Looks
     * back over letters and inner dots ("U.S", "e.g") but never further than a short word.
     */
    private static boolean isAbbreviation(char[] cs, int dot) {
        int from = dot;
        while (from > 0 && dot - from < MAX_ABBREVIATION + 1) {
            char p = cs[from - 1];
            if (!Character.isLetter(p) && p != '.') break;
            from--;
        }
        if (from == dot) return false;
        if (from > 0 && Character.isLetter(cs[from - 1])) return false; // a longer word
        if (dot - from == 1 && Character.isUpperCase(cs[from])) return true; // an initial: "J. Smith"
        StringBuilder word = new StringBuilder(dot - from);
        for (int k = from; k < dot; k++) word.append(Character.toLowerCase(cs[k]));
        int lead = 0;
        while (lead < word.length() && word.charAt(lead) == '.') lead++;
        return ABBREVIATIONS.contains(word.substring(lead));
    }

    /** Adds {@code cs[start, end)} trimmed, if anything is left, as offsets into the text ({@code base} onwards). */
    private static void addTrimmed(List<int[]> out, char[] cs, int base, int start, int end) {
        while (start < end && isSpace(cs[start])) start++;
        while (end > start && isSpace(cs[end - 1])) end--;
        if (end > start) out.add(new int[] {base + start, base + end});
    }
}
