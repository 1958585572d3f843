package checkpolicy.extract.internal;

import java.util.Arrays;

/**
 * The spellings one thread met lately, found by the characters of a word in the text: a hit
 * makes no string, hashes no string and asks no shared map. Open addressing over a fixed table,
 * emptied when half full, so it holds the words a run of policies keeps using (a few thousand
 * cover nine words in ten) and stays small enough to sit in the processor's cache.
 */
final class RecentSpellings {

    private static final int CAPACITY = 1 << 15;
    private static final int MAX_SIZE = CAPACITY / 2;

    private final Spelling[] table = new Spelling[CAPACITY];
    /** Each slot's hash, beside the table: a probe reads this array, not a spelling elsewhere in memory. */
    private final int[] hashes = new int[CAPACITY];
    private int size;

    static int hash(char[] cs, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + cs[i];
        return spread(h);
    }

    /** The table's hash of a word from its characters' polynomial hash, as {@link #hash} ends: so a caller can sum while it reads the word. */
    static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The spelling of {@code cs[from, to)} with hash {@code h}, or null. */
    Spelling find(char[] cs, int from, int to, int h) {
        int mask = CAPACITY - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            if (hashes[i] == h) {
                Spelling s = table[i];
                if (s == null) return null;
                if (s.sameAs(cs, from, to)) return s;
            } else if (table[i] == null) {
                return null;
            }
        }
    }

    void add(Spelling s) {
        if (size == MAX_SIZE) {
            Arrays.fill(table, null);
            Arrays.fill(hashes, 0);
            size = 0;
        }
        int mask = CAPACITY - 1;
        int i = s.hash & mask;
        while (table[i] != null) i = (i + 1) & mask;
        table[i] = s;
        hashes[i] = s.hash;
        size++;
    }
}
