package checkpolicy.extract.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A few lower-case ASCII words, asked whether a stretch of text is one of them, letter case aside,
 * without copying or lower-casing the stretch: scanners ask this of most words of a text, and
 * almost all are none of them. A stretch whose first letter starts no word is ruled out at once,
 * and words are filed by length, so the others are compared with the few of their own length only.
 */
final class WordList {

    private final String[][] byLength;
    /** The words' first letters: most stretches of a text are ruled out by their first character. */
    private final boolean[] firstLetters = new boolean[128];

    WordList(String... words) {
        int longest = 0;
        for (String w : words) {
            if (!w.equals(w.toLowerCase(Locale.ROOT)) || !w.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException("not a lower-case ASCII word: " + w);
            }
            longest = Math.max(longest, w.length());
        }
        List<List<String>> lists = new ArrayList<>();
        for (int n = 0; n <= longest; n++) lists.add(new ArrayList<>());
        for (String w : words) {
            lists.get(w.length()).add(w);
            if (!w.isEmpty()) firstLetters[w.charAt(0)] = true;
        }
        byLength = new String[longest + 1][];
        for (int n = 0; n <= longest; n++) byLength[n] = lists.get(n).toArray(new String[0]);
    }

    /**
     * Whether {@code text[start, end)} is one of the words, letter case compared in ASCII only, as
     * the scanners' case-insensitive patterns compare it: a character outside ASCII never matches.
     */
    boolean contains(String text, int start, int end) {
        int n = end - start;
        if (n <= 0 || n >= byLength.length) return false;
        char first = text.charAt(start);
        if (first >= 128 || !firstLetters[first >= 'A' && first <= 'Z' ? first + ('a' - 'A') : first]) return false;
        for (String w : byLength[n]) {
            if (sameLowerAscii(text, start, w)) return true;
        }
        return false;
    }

    private static boolean sameLowerAscii(String text, int start, String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(start + i);
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c != word.charAt(i)) return false;
        }
        return true;
    }
}
