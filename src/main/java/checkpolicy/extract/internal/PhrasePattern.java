package checkpolicy.extract.internal;

import java.util.List;
import java.util.Set;

/**
 * A compiled lexicon phrase: a sequence of word slots and bounded gaps, matched against the
 * words of one sentence. Gaps are bounded, so a match costs at most the product of the gap
 * widths per start word, never more, whatever the input.
 *
 * @param source the phrase as written in the lexicon, for error messages and debugging
 */
public record PhrasePattern(String source, List<Slot> slots) {

    /** One position of the pattern. */
    public sealed interface Slot permits Word, Gap {}

    /**
     * A word position that accepts a token when its stem is one of {@code stems}, its lower-case
     * form starts with one of {@code prefixes}, or its original spelling is one of {@code exact}.
     */
    public record Word(Set<String> stems, List<String> prefixes, Set<String> exact) implements Slot {

        boolean accepts(Token t) {
            if (stems.contains(t.stem()) || exact.contains(t.original())) return true;
            for (String p : prefixes) {
                if (t.lower().startsWith(p)) return true;
            }
            return false;
        }
    }

    /** Any 0 to {@code max} words. */
    public record Gap(int max) implements Slot {}

    public Word first() {
        return (Word) slots.get(0);
    }

    /** The index just past the match that starts at {@code at}, or -1 when it does not match there. */
    public int matchAt(List<Token> tokens, int at) {
        return match(tokens, 0, at);
    }

    private int match(List<Token> tokens, int slot, int pos) {
        if (slot == slots.size()) return pos;
        Slot s = slots.get(slot);
        if (s instanceof Gap g) {
            for (int k = 0; k <= g.max() && pos + k <= tokens.size(); k++) {
                int end = match(tokens, slot + 1, pos + k);
                if (end >= 0) return end;
            }
            return -1;
        }
        if (pos < tokens.size() && ((Word) s).accepts(tokens.get(pos))) {
            return match(tokens, slot + 1, pos + 1);
        }
        return -1;
    }
}
