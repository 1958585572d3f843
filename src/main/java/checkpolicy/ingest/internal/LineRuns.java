package checkpolicy.ingest.internal;

import java.util.Arrays;

/**
 * Long runs of short, bare lines: a web page's menus, footers, tables of contents and table
 * cells as a crawl or a copy from the browser leaves them, one entry per line ("Home", "About
 * Us", "Kids", "Main Campus in Jackson", "Contact"). None of the lines ends a sentence, so the
 * line parser would join the whole run into one paragraph and the lexicon would read phrases
 * across entries that have nothing to do with each other ("Offices | Main Campus in" as a place
 * data is kept). Each entry of such a run is a block of its own, except that lines stating a
 * value stay joined to their neighbours: a contact block ("11000 Regency Parkway", "Suite 400",
 * "Cary, NC 27518") is one address, found only when read as one.
 *
 * <p>Short runs are left alone: an address or a few lines of a list read as they always have.
 */
final class LineRuns {

    /** A run shorter than this is an address block or a short list, not a menu. */
    static final int MIN_RUN = 8;

    /** An entry of a menu or a table is a few words; a line of prose is longer. */
    private static final int MAX_WORDS = 6;

    /** Where each line stands: outside a run, opening an entry of one, or joining the entry above. */
    enum Role { NONE, OPENS, JOINS }

    private final Role[] roles;
    private final boolean[] underLeadIn;

    private LineRuns(Role[] roles, boolean[] underLeadIn) {
        this.roles = roles;
        this.underLeadIn = underLeadIn;
    }

    /** @param from where the lines start (after any front matter) */
    static LineRuns of(String text, int from) {
        int count = 0;
        for (int pos = from; pos <= text.length(); pos = next(text, pos)) count++;
        int[] starts = new int[count];
        int[] ends = new int[count];
        boolean[] bare = new boolean[count];
        int i = 0;
        for (int pos = from; pos <= text.length(); pos = next(text, pos), i++) {
            int cs = pos, ce = text.indexOf('\n', pos);
            if (ce < 0) ce = text.length();
            while (cs < ce && SentenceSplitter.isSpace(text.charAt(cs))) cs++;
            while (ce > cs && SentenceSplitter.isSpace(text.charAt(ce - 1))) ce--;
            starts[i] = cs;
            ends[i] = ce;
            bare[i] = isBare(text, cs, ce);
        }
        Role[] roles = new Role[count];
        boolean[] underLeadIn = new boolean[count];
        Arrays.fill(roles, Role.NONE);
        for (int a = 0; a < count; ) {
            if (!bare[a]) {
                a++;
                continue;
            }
            int b = a;
            while (b < count && bare[b]) b++;
            if (b - a >= MIN_RUN) {
                boolean ledIn = a > 0 && HeadingRules.endsWith(text, ends[a - 1], ":");
                for (int k = a; k < b; k++) {
                    boolean joins = k > a && (statesValue(text, starts[k], ends[k]) || statesValue(text, starts[k - 1], ends[k - 1]));
                    roles[k] = joins ? Role.JOINS : Role.OPENS;
                    underLeadIn[k] = ledIn;
                }
            }
            a = b;
        }
        return new LineRuns(roles, underLeadIn);
    }

    /** The role of the line with this index (0 for the first line read). */
    Role role(int line) {
        return line < roles.length ? roles[line] : Role.NONE;
    }

    /** Whether the run this line is in follows a lead-in ("We collect the following:"): its entries are that list's items. */
    boolean underLeadIn(int line) {
        return line < underLeadIn.length && underLeadIn[line];
    }

    private static int next(String text, int pos) {
        int end = text.indexOf('\n', pos);
        return end < 0 ? text.length() + 1 : end + 1;
    }

    /**
     * A line of a few words that neither ends a sentence or clause nor carries its own mark-up
     * (list items, headings and rules are read as such already), and does not run on in lower case.
     * {@code text[cs, ce)} is the line without its surrounding space.
     */
    private static boolean isBare(String text, int cs, int ce) {
        if (cs == ce) return false;
        char first = text.charAt(cs);
        // A line of prose wrapped narrowly (a two-column PDF, a 40-column text) runs on in lower
        // case; an entry of a menu or a table starts with a capital, a digit or a symbol.
        if (Character.isLowerCase(first)) return false;
        if (first == '#' || first == '>' || first == '|' || text.startsWith("**", cs)) return false;
        if (ListMarker.at(text, cs, ce) != null) return false;
        return isShort(text, cs, ce);
    }

    /**
     * A few words with no final punctuation, {@code text[start, end)} trimmed: a title, a menu
     * entry, a line of an address; not a sentence or a clause.
     */
    static boolean isShort(CharSequence text, int start, int end) {
        return !HeadingRules.endsWith(text, end, ".!?:;,") && HeadingRules.wordsUpTo(text, start, end, MAX_WORDS) <= MAX_WORDS;
    }

    /** A digit or an "@": part of an address, a phone number or an e-mail address. */
    private static boolean statesValue(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '@' || Character.isDigit(c)) return true;
        }
        return false;
    }
}
