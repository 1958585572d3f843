package checkpolicy.extract.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The words a passage model weighs: the sentence's word stems and stem pairs, its section
 * heading's stems, whether it is itself a heading, its length band, and the other topics the
 * lexicon read in the same sentence ("retention" beside "security" is a passing mention).
 * Stems are the first six letters: crude, but language-free and stable across releases.
 * Sorted, so a score sums in one order and is the same on every machine.
 */
public final class PassageFeatures {

    private static final int STEM = 6;

    private PassageFeatures() {}

    /** The features of the topics read beside this one in its sentence. */
    public static List<String> otherTopics(String topic, Collection<String> topicsInSentence) {
        List<String> out = new ArrayList<>(topicsInSentence.size());
        for (String t : topicsInSentence) {
            if (!t.equals(topic)) out.add("t:" + t);
        }
        return out;
    }

    /** The features of the passage itself, the same whichever topic it is read for. */
    public static SortedSet<String> ofPassage(String sentence, String heading, boolean isHeading) {
        SortedSet<String> out = new TreeSet<>();
        String previous = null;
        int words = 0;
        for (String w : stems(sentence)) {
            out.add("w:" + w);
            if (previous != null) out.add("b:" + previous + "_" + w);
            previous = w;
            words++;
        }
        for (String w : stems(heading)) out.add("h:" + w);
        out.add(isHeading ? "heading" : "body");
        out.add("len" + Math.min(words / 10, 5));
        return out;
    }

    /** 27 to the stem length: a stem's letters as digits 1–26 in base 27 make a number below it, one per stem. */
    public static final long STEM_CODES = 387_420_489L;

    /** A stem as a number, e.g. for a model to key its weights by. */
    public static int code(String stem) {
        int code = 0;
        for (int i = 0; i < stem.length(); i++) code = code * 27 + (stem.charAt(i) - 'a' + 1);
        return code;
    }

    /**
     * The same stems as {@link #stems}, as {@link #code}s and without building a string: what a
     * model reads for every sentence it judges.
     */
    public static int[] stemCodes(String text) {
        if (text == null) return new int[0];
        int[] out = new int[16];
        int count = 0;
        int code = 0;
        int letters = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char raw = i < n ? text.charAt(i) : 0;
            char c = lowerAscii(raw);
            if (c != 0) {
                if (letters < STEM) code = code * 27 + (c - 'a' + 1);
                letters++;
                if (raw != '\u0130') continue; // its combining dot ends the word
            }
            if (letters > 0) {
                if (count == out.length) out = java.util.Arrays.copyOf(out, count * 2);
                out[count++] = code;
            }
            code = 0;
            letters = 0;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /**
     * The ASCII letter {@code toLowerCase(Locale.ROOT)} makes of a character, or 0: besides A–Z only
     * the Kelvin sign (to k) and the dotted capital I (to i, then a combining dot) lower-case into ASCII.
     */
    private static char lowerAscii(char c) {
        if (c >= 'a' && c <= 'z') return c;
        if (c >= 'A' && c <= 'Z') return (char) (c + ('a' - 'A'));
        if (c == '\u212A') return 'k';
        if (c == '\u0130') return 'i';
        return 0;
    }

    /**
     * Runs of ASCII letters of the text lower-cased ({@code Locale.ROOT}), cut to the stem length:
     * the words of {@link #stemCodes}, spelt out.
     */
    static List<String> stems(String text) {
        int[] codes = stemCodes(text);
        List<String> out = new ArrayList<>(codes.length);
        char[] letters = new char[STEM];
        for (int code : codes) {
            int at = STEM;
            for (int c = code; c > 0; c /= 27) letters[--at] = (char) ('a' + c % 27 - 1);
            out.add(new String(letters, at, STEM - at));
        }
        return out;
    }
}
