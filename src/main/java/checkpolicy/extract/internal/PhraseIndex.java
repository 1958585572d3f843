package checkpolicy.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of many patterns in a sentence. Patterns are filed under their first
 * word, so a sentence's word is tried only against the patterns that can start with it.
 *
 * @param <T> what a pattern stands for (a topic, a cue)
 */
public final class PhraseIndex<T> {

    /** A match of one pattern: tokens [from, to) of the sentence. */
    public record Hit<T>(T payload, PhrasePattern pattern, int from, int to) {}

    /**
     * @param id position of the entry, to remember per sentence whether its pattern can match there
     * @param rest ids of the distinct word slots after the first, as numbered by the {@link WordTable}
     */
    private record Entry<T>(PhrasePattern pattern, T payload, int id, int[] rest) {}

    private static final int KEY = 3;

    private final Map<String, List<Entry<T>>> byStem = new HashMap<>();
    private final Map<String, List<Entry<T>>> byExact = new HashMap<>();
    /** Patterns whose first word is a prefix ("third*"), filed under the prefix's first three letters. */
    private final Map<String, List<Entry<T>>> byPrefix = new HashMap<>();
    /** Patterns with a prefix shorter than three letters: tried on every word, so kept rare. */
    private final List<Entry<T>> byShortPrefix = new ArrayList<>();

    /** The word slots after the first, numbered once across all patterns. */
    private final WordTable rest = new WordTable();

    private int size;

    public void add(PhrasePattern pattern, T payload) {
        Entry<T> e = new Entry<>(pattern, payload, size++, restIds(pattern));
        PhrasePattern.Word first = pattern.first();
        first.stems().forEach(s -> byStem.computeIfAbsent(s, k -> new ArrayList<>()).add(e));
        first.exact().forEach(s -> byExact.computeIfAbsent(s, k -> new ArrayList<>()).add(e));
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String p : first.prefixes()) {
            if (p.length() < KEY) {
                if (!byShortPrefix.contains(e)) byShortPrefix.add(e);
            } else if (keys.add(p.substring(0, KEY))) {
                byPrefix.computeIfAbsent(p.substring(0, KEY), k -> new ArrayList<>()).add(e);
            }
        }
    }

    private int[] restIds(PhrasePattern pattern) {
        java.util.Set<Integer> ids = new java.util.LinkedHashSet<>();
        List<PhrasePattern.Slot> slots = pattern.slots();
        for (int i = 1; i < slots.size(); i++) {
            if (slots.get(i) instanceof PhrasePattern.Word w) ids.add(rest.id(w));
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    public boolean isEmpty() {
        return byStem.isEmpty() && byExact.isEmpty() && byPrefix.isEmpty() && byShortPrefix.isEmpty();
    }

    /** Every hit, in order of start word; a pattern filed under two first words is tried once per word. */
    public List<Hit<T>> findAll(List<Token> tokens) {
        List<Hit<T>> hits = new ArrayList<>();
        if (tokens.isEmpty()) return hits;
        Sentence<T> s = new Sentence<>(tokens, rest.fillable(tokens), new byte[size], hits);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            tryAll(byStem.get(t.stem()), s, i);
            tryAll(byExact.get(t.original()), s, i);
            if (t.lower().length() >= KEY) tryPrefixed(byPrefix.get(t.lower().substring(0, KEY)), s, i);
            tryPrefixed(byShortPrefix, s, i);
        }
        return hits;
    }

    /**
     * Per-sentence state: its words, which word slots they can fill, and per entry 0 not yet
     * known, 1 may match, 2 cannot.
     */
    private record Sentence<T>(List<Token> tokens, boolean[] fillable, byte[] feasible, List<Hit<T>> hits) {

        /** A pattern with a word the sentence lacks cannot match anywhere in it; most fail this way, cheaply. */
        boolean mayMatch(Entry<T> e) {
            if (feasible[e.id()] == 0) feasible[e.id()] = allFillable(e.rest()) ? (byte) 1 : (byte) 2;
            return feasible[e.id()] == 1;
        }

        private boolean allFillable(int[] wordIds) {
            for (int id : wordIds) if (!fillable[id]) return false;
            return true;
        }

        void tryAt(Entry<T> e, int i) {
            if (!mayMatch(e)) return;
            int end = e.pattern().matchAt(tokens, i);
            if (end >= 0) hits.add(new Hit<>(e.payload(), e.pattern(), i, end));
        }
    }

    /** Tries prefix-filed patterns a stem or exact entry has not already tried at this word. */
    private void tryPrefixed(List<Entry<T>> entries, Sentence<T> s, int i) {
        if (entries == null) return;
        Token t = s.tokens().get(i);
        for (Entry<T> e : entries) {
            PhrasePattern.Word first = e.pattern().first();
            if (first.accepts(t) && !first.stems().contains(t.stem()) && !first.exact().contains(t.original())) {
                s.tryAt(e, i);
            }
        }
    }

    private void tryAll(List<Entry<T>> entries, Sentence<T> s, int i) {
        if (entries == null) return;
        for (Entry<T> e : entries) s.tryAt(e, i);
    }
}
