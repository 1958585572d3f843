package checkpolicy.extract.internal;

/**
 * One way a word is written, with what depends on the spelling alone: its lower-case form, stem,
 * whether it opens a clause, and per phrase index what the word does there. A corpus repeats a
 * few thousand spellings, so the tokenizer makes each once and every thread shares it.
 */
public final class Spelling {

    /** Phrase indexes with a number below this keep their plan for the spelling here. */
    static final int PLAN_SLOTS = 8;

    final String original;
    /** {@code original}'s characters and {@link RecentSpellings#hash}, to find it by a stretch of text. */
    private final char[] chars;
    final int hash;
    final String lower;
    final String stem;
    final boolean opensClause;
    /**
     * Per phrase index, its plan for this spelling, or null until first asked. Threads may race to
     * fill a slot: each computes the same immutable plan (final fields only), so whichever they see
     * is right.
     */
    private final Object[] plans = new Object[PLAN_SLOTS];

    Spelling(String original, String lower, String stem, boolean opensClause) {
        this.original = original;
        this.chars = original.toCharArray();
        this.hash = RecentSpellings.hash(chars, 0, chars.length);
        this.lower = lower;
        this.stem = stem;
        this.opensClause = opensClause;
    }

    boolean sameAs(char[] cs, int from, int to) {
        if (to - from != chars.length) return false;
        for (int i = 0; i < chars.length; i++) if (chars[i] != cs[from + i]) return false;
        return true;
    }

    Object plan(int slot) {
        return plans[slot];
    }

    void keepPlan(int slot, Object plan) {
        plans[slot] = plan;
    }
}
