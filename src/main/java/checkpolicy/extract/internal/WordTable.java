package checkpolicy.extract.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct word slots of a phrase index, numbered, and which of them a sentence's words can
 * fill. Thousands of patterns share about a thousand distinct words, and a sentence has a few
 * dozen words: looking each sentence word up once, by stem, spelling and prefix, costs less than
 * asking of every slot of every candidate pattern whether the sentence has it.
 */
final class WordTable {

    /** Prefix slots are filed under their first letters, as the phrase index files first words. */
    private static final int KEY = 3;

    private record Prefixed(String prefix, int id) {}

    private final Map<PhrasePattern.Word, Integer> ids = new HashMap<>();
    private final Map<String, int[]> byStem = new HashMap<>();
    private final Map<String, int[]> byExact = new HashMap<>();
    private final Map<String, List<Prefixed>> byPrefix = new HashMap<>();
    private final List<Prefixed> shortPrefixes = new ArrayList<>();

    /** The slot's number, the same for equal slots of different patterns. */
    int id(PhrasePattern.Word w) {
        Integer known = ids.get(w);
        if (known != null) return known;
        int id = ids.size();
        ids.put(w, id);
        w.stems().forEach(s -> byStem.merge(s, new int[] {id}, WordTable::concat));
        w.exact().forEach(s -> byExact.merge(s, new int[] {id}, WordTable::concat));
        for (String p : w.prefixes()) {
            Prefixed entry = new Prefixed(p, id);
            if (p.length() < KEY) shortPrefixes.add(entry);
            else byPrefix.computeIfAbsent(p.substring(0, KEY), k -> new ArrayList<>()).add(entry);
        }
        return id;
    }

    /** Per slot number, whether some word of the sentence fills it. */
    boolean[] fillable(List<Token> tokens) {
        boolean[] fill = new boolean[ids.size()];
        for (Token t : tokens) {
            mark(byStem.get(t.stem()), fill);
            mark(byExact.get(t.original()), fill);
            String lower = t.lower();
            if (lower.length() >= KEY) {
                List<Prefixed> candidates = byPrefix.get(lower.substring(0, KEY));
                if (candidates != null) markPrefixed(candidates, lower, fill);
            }
            markPrefixed(shortPrefixes, lower, fill);
        }
        return fill;
    }

    private static void mark(int[] slots, boolean[] fill) {
        if (slots == null) return;
        for (int id : slots) fill[id] = true;
    }

    private static void markPrefixed(List<Prefixed> candidates, String lower, boolean[] fill) {
        for (Prefixed p : candidates) {
            if (!fill[p.id()] && lower.startsWith(p.prefix())) fill[p.id()] = true;
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
