package checkpolicy.extract.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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

    /** Runs of ASCII letters, lower-cased and cut to the stem length. */
    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0, n = lower.length();
        while (i < n) {
            while (i < n && !isLetter(lower.charAt(i))) i++;
            int start = i;
            while (i < n && isLetter(lower.charAt(i))) i++;
            if (i > start) out.add(lower.substring(start, Math.min(i, start + STEM)));
        }
        return out;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
