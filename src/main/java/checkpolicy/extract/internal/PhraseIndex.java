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

    private record Entry<T>(PhrasePattern pattern, T payload, int order) {}

    /**
     * Patterns whose first word is a prefix ("collect*") are filed under the prefix's first
     * {@value #KEY} letters (or all of a shorter one), so a word is tried only against prefixes
     * that share its opening letters rather than against all of them: a long text pays per word
     * for a few candidates, not for every prefix pattern in the lexicon.
     */
    private static final int KEY = 3;

    private final Map<String, List<Entry<T>>> byStem = new HashMap<>();
    private final Map<String, List<Entry<T>>> byExact = new HashMap<>();
    private final Map<String, List<Entry<T>>> byPrefix = new HashMap<>();
    private int size;

    public void add(PhrasePattern pattern, T payload) {
        Entry<T> e = new Entry<>(pattern, payload, size++);
        PhrasePattern.Word first = pattern.first();
        first.stems().forEach(s -> byStem.computeIfAbsent(s, k -> new ArrayList<>()).add(e));
        first.exact().forEach(s -> byExact.computeIfAbsent(s, k -> new ArrayList<>()).add(e));
        first.prefixes().stream().map(PhraseIndex::key).distinct()
                .forEach(k -> byPrefix.computeIfAbsent(k, x -> new ArrayList<>()).add(e));
    }

    public boolean isEmpty() {
        return byStem.isEmpty() && byExact.isEmpty() && byPrefix.isEmpty();
    }

    private static String key(String prefix) {
        return prefix.length() <= KEY ? prefix : prefix.substring(0, KEY);
    }

    /** Prefix patterns whose key the word starts with, once each, in the order they were added. */
    private List<Entry<T>> prefixCandidates(String lower) {
        List<Entry<T>> found = null;
        boolean several = false;
        for (int k = 1; k <= Math.min(KEY, lower.length()); k++) {
            List<Entry<T>> entries = byPrefix.get(lower.substring(0, k));
            if (entries == null) continue;
            if (found == null) {
                found = entries;
            } else {
                if (!several) found = new ArrayList<>(found);
                several = true;
                found.addAll(entries);
            }
        }
        if (found == null) return List.of();
        if (several) {
            found = new ArrayList<>(new java.util.LinkedHashSet<>(found));
            found.sort(java.util.Comparator.comparingInt(Entry::order));
        }
        return found;
    }

    /** Every hit, in order of start word; a pattern filed under two first words is tried once per word. */
    public List<Hit<T>> findAll(List<Token> tokens) {
        List<Hit<T>> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            tryAll(byStem.get(t.stem()), tokens, i, hits);
            tryAll(byExact.get(t.original()), tokens, i, hits);
            for (Entry<T> e : prefixCandidates(t.lower())) {
                if (e.pattern.first().accepts(t) && !e.pattern.first().stems().contains(t.stem())
                        && !e.pattern.first().exact().contains(t.original())) {
                    int end = e.pattern.matchAt(tokens, i);
                    if (end >= 0) hits.add(new Hit<>(e.payload, e.pattern, i, end));
                }
            }
        }
        return hits;
    }

    private void tryAll(List<Entry<T>> entries, List<Token> tokens, int i, List<Hit<T>> hits) {
        if (entries == null) return;
        for (Entry<T> e : entries) {
            int end = e.pattern.matchAt(tokens, i);
            if (end >= 0) hits.add(new Hit<>(e.payload, e.pattern, i, end));
        }
    }
}
