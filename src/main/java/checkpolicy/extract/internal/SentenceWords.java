package checkpolicy.extract.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of one sentence as a bag, so a pattern can be ruled out before it is tried: a pattern
 * with a word the sentence lacks cannot match anywhere in it. Most patterns fail this way, cheaply.
 */
final class SentenceWords {

    private final Set<String> stems = new HashSet<>();
    private final Set<String> originals = new HashSet<>();
    private final String[] sortedLower;

    SentenceWords(List<Token> tokens) {
        sortedLower = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            stems.add(t.stem());
            originals.add(t.original());
            sortedLower[i] = t.lower();
        }
        Arrays.sort(sortedLower);
    }

    /** Could this word position be filled by some word of the sentence? */
    boolean mayFill(PhrasePattern.Word w) {
        for (String s : w.stems()) if (stems.contains(s)) return true;
        for (String e : w.exact()) if (originals.contains(e)) return true;
        for (String p : w.prefixes()) {
            int i = Arrays.binarySearch(sortedLower, p);
            if (i < 0) i = -i - 1;
            if (i < sortedLower.length && sortedLower[i].startsWith(p)) return true;
        }
        return false;
    }
}
