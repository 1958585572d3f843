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
 * asking of every slot of every candidate pattern whether the sentence has it. Not thread-safe
 * while slots are added; read-only after.
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

    /** How many distinct slots there are. */
    int size() {
        return ids.size();
    }

    /**
     * The slot numbers a word fills, by stem, spelling and prefix, with repeats. A function of the
     * word's spelling alone, so the phrase index can keep it per spelling.
     */
    int[] filledBy(Token t) {
        IntList out = new IntList();
        out.addAll(byStem.get(t.stem()));
        out.addAll(byExact.get(t.original()));
        String lower = t.lower();
        if (lower.length() >= KEY) {
            List<Prefixed> candidates = byPrefix.get(lower.substring(0, KEY));
            if (candidates != null) addPrefixed(candidates, lower, out);
        }
        addPrefixed(shortPrefixes, lower, out);
        return out.toArray();
    }

    private static void addPrefixed(List<Prefixed> candidates, String lower, IntList out) {
        for (Prefixed p : candidates) {
            if (lower.startsWith(p.prefix())) out.add(p.id());
        }
    }

    /** A growable int array, to avoid boxing. */
    static final class IntList {
        private int[] items = new int[8];
        private int size;

        void add(int v) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }

        void addAll(int[] vs) {
            if (vs != null) for (int v : vs) add(v);
        }

        int get(int i) {
            return items[i];
        }

        void set(int i, int v) {
            items[i] = v;
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
