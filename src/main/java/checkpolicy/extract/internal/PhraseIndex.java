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

    /** Each searching thread's {@link Sentence}, its arrays reused from sentence to sentence. */
    private final ThreadLocal<Sentence<T>> sentences = ThreadLocal.withInitial(() -> new Sentence<>(0, 0));

    private static final Group<?>[] NO_GROUPS = new Group<?>[0];

    /** Per word slot id, how many patterns need it after their first word: a rough rarity. */
    private final WordTable.IntList uses = new WordTable.IntList();

    /**
     * What one spelling does in this index: the entries to try at it, and the word slots it fills.
     * The entries are grouped by the word each needs that fewest patterns share: a word the
     * sentence lacks rules out its whole group at once. A word starts about 17 patterns, and all
     * but one in forty lack a word of the sentence.
     */
    private record Plan<T>(Group<T>[] groups, int[] fills) {}

    /**
     * Entries that all need word slot {@code key} ({@code -1}: no word after the first), each
     * with its place in the order entries were always tried at a word (stem, spelling, prefix,
     * short prefix; an entry filed twice is tried twice), so hits keep that order.
     */
    private record Group<T>(int key, Entry<T>[] entries, int[] places) {}

    public void add(PhrasePattern pattern, T payload) {
        // Plans made before this pattern are stale: the next search takes a new slot.
        slot = UNASSIGNED;
        plans.clear();
        Entry<T> e = new Entry<>(pattern, payload, size++, restIds(pattern), code(pattern));
        for (int id : e.rest()) {
            while (uses.size() <= id) uses.add(0);
            uses.set(id, uses.get(id) + 1);
        }
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
        for (int i = 0; i < n; i++) byToken[i] = plan(tokens.get(i));
        Sentence<T> s = sentence();
        s.start(byToken, hits);
        for (int i = 0; i < n; i++) {
            int before = hits.size();
            for (Group<T> g : byToken[i].groups()) {
                if (g.key() >= 0 && !s.fillable(g.key())) continue;
                Entry<T>[] entries = g.entries();
                for (int j = 0; j < entries.length; j++) s.tryAt(entries[j], i, g.places()[j]);
            }
            if (hits.size() - before > 1) s.restoreOrder(before);
        }
        s.finish();
        return hits;
    }

    private Sentence<T> sentence() {
        Sentence<T> s = sentences.get();
        if (!s.fits(size, rest.size())) {
            s = new Sentence<>(size, rest.size());
            sentences.set(s);
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private Plan<T> plan(Token t) {
        int k = slot;
        if (k == UNASSIGNED) k = assignSlot();
        if (k < Spelling.PLAN_SLOTS) {
            Plan<T> known = (Plan<T>) t.spelling().plan(k);
            if (known != null) return known;
            Plan<T> plan = new Plan<>(groups(candidates(t)), rest.filledBy(t));
            t.spelling().keepPlan(k, plan);
            return plan;
        }
        Plan<T> known = plans.get(t.original());
        if (known != null) return known;
        Plan<T> plan = new Plan<>(groups(candidates(t)), rest.filledBy(t));
        if (plans.size() < MAX_PLANS) plans.put(t.original(), plan);
        return plan;
    }

    private synchronized int assignSlot() {
        if (slot == UNASSIGNED) slot = SLOTS.getAndIncrement();
        return slot;
    }

    private List<Entry<T>> candidates(Token t) {
        List<Entry<T>> out = new ArrayList<>();
        addAll(byStem.get(t.stem()), out);
        addAll(byExact.get(t.original()), out);
        if (t.lower().length() >= KEY) addPrefixed(byPrefix.get(t.lower().substring(0, KEY)), t, out);
        addPrefixed(byShortPrefix, t, out);
        return out;
    }

    /** The candidates grouped by {@link #key}, groups in order of key, members in order of place. */
    @SuppressWarnings("unchecked")
    private Group<T>[] groups(List<Entry<T>> candidates) {
        int n = candidates.size();
        if (n == 0) return (Group<T>[]) NO_GROUPS;  // most spellings start no pattern
        // (key + 1) above, place below: one sort orders by key, then by place
        long[] keyed = new long[n];
        for (int place = 0; place < n; place++) keyed[place] = ((long) (key(candidates.get(place)) + 1) << 32) | place;
        java.util.Arrays.sort(keyed);
        List<Group<T>> groups = new ArrayList<>();
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && keyed[to] >>> 32 == keyed[from] >>> 32) to++;
            Entry<T>[] entries = new Entry[to - from];
            int[] places = new int[to - from];
            for (int k = from; k < to; k++) {
                places[k - from] = (int) keyed[k];
                entries[k - from] = candidates.get(places[k - from]);
            }
            groups.add(new Group<>((int) (keyed[from] >>> 32) - 1, entries, places));
            from = to;
        }
        return groups.toArray(new Group[0]);
    }

    /**
     * The word after the first that the fewest patterns need, the first such on a tie, or -1. A
     * word many patterns share ("personal", "your") is one most sentences have; a rare one is the
     * better sieve.
     */
    private int key(Entry<T> e) {
        int best = -1;
        for (int id : e.rest()) {
            if (best < 0 || uses.get(id) < uses.get(best)) best = id;
        }
        return best;
    }

    /**
     * Per-thread state of the sentence being searched: its words, which word slots they can fill,
     * and per entry whether its pattern can match in it. The arrays outlive the sentence: a
     * sentence stamps what it sets with its own number instead of clearing them, because an index
     * of three thousand patterns would otherwise zero kilobytes for every sentence of a corpus.
     */
    private static final class Sentence<T> {
        private final int[] fillableIn;
        private final int[] decidedIn;
        private final boolean[] feasible;
        private final WordTable.IntList places = new WordTable.IntList();
        private int stamp;
        private Plan<T>[] plans;
        private List<Hit<T>> hits;

        Sentence(int entries, int words) {
            fillableIn = new int[words];
            decidedIn = new int[entries];
            feasible = new boolean[entries];
        }

        boolean fits(int entries, int words) {
            return decidedIn.length == entries && fillableIn.length == words;
        }

        void start(Plan<T>[] plans, List<Hit<T>> hits) {
            if (stamp == Integer.MAX_VALUE) {
                java.util.Arrays.fill(fillableIn, 0);
                java.util.Arrays.fill(decidedIn, 0);
                stamp = 0;
            }
            stamp++;
            this.plans = plans;
            this.hits = hits;
            places.clear();
            for (Plan<T> p : plans) for (int id : p.fills()) fillableIn[id] = stamp;
        }

        /** Lets go of the sentence's words and hits, which the arrays do not hold. */
        void finish() {
            plans = null;
            hits = null;
        }

        boolean fillable(int wordId) {
            return fillableIn[wordId] == stamp;
        }

        /** A pattern with a word the sentence lacks cannot match anywhere in it; most fail this way, cheaply. */
        boolean mayMatch(Entry<T> e) {
            int id = e.id();
            if (decidedIn[id] != stamp) {
                feasible[id] = allFillable(e.rest());
                decidedIn[id] = stamp;
            }
            return feasible[id];
        }

        private boolean allFillable(int[] wordIds) {
            for (int id : wordIds) if (fillableIn[id] != stamp) return false;
            return true;
        }

        /** Tries an entry the word at {@code i} is a candidate of: its first slot holds already. */
        void tryAt(Entry<T> e, int i, int place) {
            if (!mayMatch(e)) return;
            int end = match(e.code(), 0, i + 1);
            if (end >= 0) {
                hits.add(new Hit<>(e.payload(), e.pattern(), i, end));
                places.add(place);
            }
        }

        /** Puts the hits from {@code from} on, all at one word, back in the order of their places. */
        void restoreOrder(int from) {
            int n = hits.size() - from;
            Integer[] order = new Integer[n];
            for (int k = 0; k < n; k++) order[k] = k;
            java.util.Arrays.sort(order, java.util.Comparator.comparingInt(k -> places.get(from + k)));
            List<Hit<T>> sorted = new ArrayList<>(n);
            int[] sortedPlaces = new int[n];
            for (int k = 0; k < n; k++) {
                sorted.add(hits.get(from + order[k]));
                sortedPlaces[k] = places.get(from + order[k]);
            }
            for (int k = 0; k < n; k++) {
                hits.set(from + k, sorted.get(k));
                places.set(from + k, sortedPlaces[k]);
            }
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
