package checkpolicy.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds every occurrence of many patterns in a sentence. Patterns are filed under their first
 * word, so a sentence's word is tried only against the patterns that can start with it.
 *
 * <p>What a word can start and which word slots it fills depend on its spelling alone, and a
 * corpus repeats a few thousand spellings: each is looked up once per index and kept
 * ({@link Plan}) on the token's {@link Spelling}, shared by every thread, so a word then costs
 * no look-up instead of eight.
 * Patterns are all added before the first search; the index is then thread-safe.
 *
 * @param <T> what a pattern stands for (a topic, a cue)
 */
public final class PhraseIndex<T> {

    /** A match of one pattern: tokens [from, to) of the sentence. */
    public record Hit<T>(T payload, PhrasePattern pattern, int from, int to) {}

    /**
     * @param id position of the entry, to remember per sentence whether its pattern can match there
     * @param rest ids of the distinct word slots after the first, as numbered by the {@link WordTable}
     * @param code the pattern's slots after the first: a word slot's id, or {@code -1 - max} for a gap
     */
    private record Entry<T>(PhrasePattern pattern, T payload, int id, int[] rest, int[] code) {}

    private static final int KEY = 3;

    private final Map<String, List<Entry<T>>> byStem = new HashMap<>();
    private final Map<String, List<Entry<T>>> byExact = new HashMap<>();
    /** Patterns whose first word is a prefix ("third*"), filed under the prefix's first three letters. */
    private final Map<String, List<Entry<T>>> byPrefix = new HashMap<>();
    /** Patterns with a prefix shorter than three letters: tried on every word, so kept rare. */
    private final List<Entry<T>> byShortPrefix = new ArrayList<>();

    /** The word slots after the first, numbered once across all patterns. */
    private final WordTable rest = new WordTable();

    /** Numbers the indexes, each its slot in {@link Spelling} for its plans. */
    private static final AtomicInteger SLOTS = new AtomicInteger();

    private static final int UNASSIGNED = -1;

    /**
     * This index's slot in a spelling, taken at the first search; past the last slot, plans live
     * in {@link #plans}.
     */
    private volatile int slot = UNASSIGNED;
    /** Per spelling, its plan when no slot is left; bounded, so a hostile text of random words cannot fill the heap. */
    private final Map<String, Plan<T>> plans = new ConcurrentHashMap<>();
    private static final int MAX_PLANS = 100_000;

    private int size;

    /**
     * What one spelling does in this index: the entries to try at it, in the order they were
     * always tried (stem, spelling, prefix, short prefix; an entry filed twice is tried twice),
     * and the word slots it fills.
     */
    private record Plan<T>(Entry<T>[] candidates, int[] fills) {}

    public void add(PhrasePattern pattern, T payload) {
        // Plans made before this pattern are stale: the next search takes a new slot.
        slot = UNASSIGNED;
        plans.clear();
        Entry<T> e = new Entry<>(pattern, payload, size++, restIds(pattern), code(pattern));
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

    private int[] code(PhrasePattern pattern) {
        List<PhrasePattern.Slot> slots = pattern.slots();
        int[] code = new int[slots.size() - 1];
        for (int i = 1; i < slots.size(); i++) {
            code[i - 1] = slots.get(i) instanceof PhrasePattern.Word w ? rest.id(w) : -1 - ((PhrasePattern.Gap) slots.get(i)).max();
        }
        return code;
    }

    public boolean isEmpty() {
        return byStem.isEmpty() && byExact.isEmpty() && byPrefix.isEmpty() && byShortPrefix.isEmpty();
    }

    /** Every hit, in order of start word; a pattern filed under two first words is tried once per word. */
    public List<Hit<T>> findAll(List<Token> tokens) {
        List<Hit<T>> hits = new ArrayList<>();
        if (tokens.isEmpty()) return hits;
        int n = tokens.size();
        @SuppressWarnings("unchecked")
        Plan<T>[] byToken = new Plan[n];
        boolean[] fillable = new boolean[rest.size()];
        for (int i = 0; i < n; i++) {
            Plan<T> plan = plan(tokens.get(i));
            byToken[i] = plan;
            for (int id : plan.fills()) fillable[id] = true;
        }
        Sentence<T> s = new Sentence<>(byToken, fillable, new byte[size], hits);
        for (int i = 0; i < n; i++) {
            for (Entry<T> e : byToken[i].candidates()) s.tryAt(e, i);
        }
        return hits;
    }

    @SuppressWarnings("unchecked")
    private Plan<T> plan(Token t) {
        int k = slot;
        if (k == UNASSIGNED) k = assignSlot();
        if (k < Spelling.PLAN_SLOTS) {
            Plan<T> known = (Plan<T>) t.spelling().plan(k);
            if (known != null) return known;
            Plan<T> plan = new Plan<>(candidates(t), rest.filledBy(t));
            t.spelling().keepPlan(k, plan);
            return plan;
        }
        Plan<T> known = plans.get(t.original());
        if (known != null) return known;
        Plan<T> plan = new Plan<>(candidates(t), rest.filledBy(t));
        if (plans.size() < MAX_PLANS) plans.put(t.original(), plan);
        return plan;
    }

    private synchronized int assignSlot() {
        if (slot == UNASSIGNED) slot = SLOTS.getAndIncrement();
        return slot;
    }

    @SuppressWarnings("unchecked")
    private Entry<T>[] candidates(Token t) {
        List<Entry<T>> out = new ArrayList<>();
        addAll(byStem.get(t.stem()), out);
        addAll(byExact.get(t.original()), out);
        if (t.lower().length() >= KEY) addPrefixed(byPrefix.get(t.lower().substring(0, KEY)), t, out);
        addPrefixed(byShortPrefix, t, out);
        return out.toArray(new Entry[0]);
    }

    /**
     * Per-sentence state: its words, which word slots they can fill, and per entry 0 not yet
     * known, 1 may match, 2 cannot.
     */
    private record Sentence<T>(Plan<T>[] plans, boolean[] fillable, byte[] feasible, List<Hit<T>> hits) {

        /** A pattern with a word the sentence lacks cannot match anywhere in it; most fail this way, cheaply. */
        boolean mayMatch(Entry<T> e) {
            if (feasible[e.id()] == 0) feasible[e.id()] = allFillable(e.rest()) ? (byte) 1 : (byte) 2;
            return feasible[e.id()] == 1;
        }

        private boolean allFillable(int[] wordIds) {
            for (int id : wordIds) if (!fillable[id]) return false;
            return true;
        }

        /** Tries an entry the word at {@code i} is a candidate of: its first slot holds already. */
        void tryAt(Entry<T> e, int i) {
            if (!mayMatch(e)) return;
            int end = match(e.code(), 0, i + 1);
            if (end >= 0) hits.add(new Hit<>(e.payload(), e.pattern(), i, end));
        }

        /**
         * {@link PhrasePattern#matchAt} from the second slot on, asking the words' plans whether
         * they fill a slot instead of asking the slot about each word: the same answer (a plan's
         * slots are those whose words accept the spelling), without the set look-ups.
         */
        private int match(int[] code, int slot, int pos) {
            if (slot == code.length) return pos;
            int c = code[slot];
            if (c < 0) {
                int max = -1 - c;
                for (int k = 0; k <= max && pos + k <= plans.length; k++) {
                    int end = match(code, slot + 1, pos + k);
                    if (end >= 0) return end;
                }
                return -1;
            }
            if (pos < plans.length && fills(plans[pos].fills(), c)) return match(code, slot + 1, pos + 1);
            return -1;
        }

        private static boolean fills(int[] ids, int id) {
            for (int x : ids) if (x == id) return true;
            return false;
        }
    }

    /** Prefix-filed patterns a stem or exact entry has not already tried at this word. */
    private static <T> void addPrefixed(List<Entry<T>> entries, Token t, List<Entry<T>> out) {
        if (entries == null) return;
        for (Entry<T> e : entries) {
            PhrasePattern.Word first = e.pattern().first();
            if (first.accepts(t) && !first.stems().contains(t.stem()) && !first.exact().contains(t.original())) {
                out.add(e);
            }
        }
    }

    private static <T> void addAll(List<Entry<T>> entries, List<Entry<T>> out) {
        if (entries != null) out.addAll(entries);
    }
}
