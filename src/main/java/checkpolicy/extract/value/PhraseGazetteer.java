package checkpolicy.extract.value;

import checkpolicy.extract.internal.LongMap;
import checkpolicy.extract.internal.TextChars;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds known phrases (country names, data items, role titles) as whole words, the longest
 * phrase winning, in one left-to-right pass over the words of a text.
 *
 * <p>A text is cut into words (letters, digits, combining marks, so Indic scripts work, and an
 * apostrophe between letters). Phrases are word sequences held in a trie keyed by word and by
 * the gap before it: spaces or a hyphen ({@code e-mail} = {@code e mail}), a dot ({@code U.S}),
 * a slash or an ampersand. A phrase written with a final dot ({@code mobile no.}) matches only
 * when the dot follows. A phrase can be a blocker: it is matched and swallowed but not reported,
 * so "domain name" keeps "name" from being found.
 *
 * <p>Time is linear: each word starts at most one walk down a trie no deeper than the longest phrase.
 */
final class PhraseGazetteer {

    /** A reported phrase: offsets in the text and the value it was added with. */
    record Hit(int start, int end, String value) { }

    /** Marks a blocker; compared by identity, so no phrase value can be mistaken for it. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String BLOCK = new String("<blocked>");
    private static final char BREAK = 'X';

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        String value;     // phrase ends here
        String valueDot;  // phrase ends here with a dot after it
    }

    /**
     * The hash codes of a root's first keys: most words of a text start no phrase, and for an
     * ASCII word (its key is itself, or lower-cased) its hash, summed over its characters, says so
     * without making the key or looking it up. A hash present may be another word's; then the
     * look-up decides.
     */
    private static final class FirstWords {
        private final LongMap<Boolean> hashes = new LongMap<>(64);

        void add(String key) {
            hashes.put(key.hashCode(), Boolean.TRUE);
        }

        boolean has(int hash) {
            return hashes.get(hash) != null;
        }
    }

    private final Node caseInsensitive = new Node();
    private final Node caseSensitive = new Node();
    private final FirstWords looseFirst = new FirstWords();
    private final FirstWords exactFirst = new FirstWords();
    private int maxWords;

    /** Adds a phrase; {@code caseSensitive} ones must match letter case exactly. Later adds of the same phrase win. */
    PhraseGazetteer add(String phrase, String value, boolean caseSensitive) {
        insert(phrase, value, caseSensitive);
        return this;
    }

    /** Adds a phrase that is matched but never reported, to shield shorter phrases inside it. */
    PhraseGazetteer block(String phrase, boolean caseSensitive) {
        insert(phrase, BLOCK, caseSensitive);
        return this;
    }

    private void insert(String phrase, String value, boolean exact) {
        Words words = new Words(phrase);
        if (words.count() == 0) throw new IllegalArgumentException("empty phrase: '" + phrase + "'");
        Node node = exact ? caseSensitive : caseInsensitive;
        for (int w = 0; w < words.count(); w++) {
            String key = w == 0 ? words.word(0, exact) : words.gapBefore(w) + words.word(w, exact);
            if (w == 0) (exact ? exactFirst : looseFirst).add(key);
            if (key.charAt(0) == BREAK) throw new IllegalArgumentException("unsupported gap in phrase: '" + phrase + "'");
            node = node.children.computeIfAbsent(key, k -> new Node());
        }
        int afterLast = words.end(words.count() - 1);
        boolean dotted = afterLast < phrase.length() && phrase.charAt(afterLast) == '.';
        if (dotted) node.valueDot = value; else node.value = value;
        maxWords = Math.max(maxWords, words.count());
    }

    /**
     * Loads a gazetteer from a class-path resource of lines {@code Name|alias|alias…}, each phrase
     * reporting {@code Name}; {@code !phrase} lines are blockers and {@code #} lines comments.
     */
    static PhraseGazetteer fromResource(String resource, boolean caseSensitive) {
        PhraseGazetteer gazetteer = new PhraseGazetteer();
        try (InputStream in = PhraseGazetteer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("!")) {
                    gazetteer.block(line.substring(1), caseSensitive);
                    continue;
                }
                String[] names = line.split("\\|");
                for (String name : names) gazetteer.add(name.strip(), names[0].strip(), caseSensitive);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return gazetteer;
    }

    /** Every phrase in the text, left to right, none overlapping another. */
    List<Hit> find(String text) {
        Words words = Words.of(text);
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < words.count()) {
            long exact = longest(words, text, i, caseSensitive, true);
            long loose = longest(words, text, i, caseInsensitive, false);
            long best = endOf(exact) >= endOf(loose) ? exact : loose;  // equal: the exact-case phrase is the more specific
            if (best < 0) {
                i++;
                continue;
            }
            int lastWord = (int) (best >>> 32) & 0x7fffffff;
            int end = endOf(best);
            String value = valueAt(words, text, i, lastWord, end, best == exact);
            if (value != BLOCK) hits.add(new Hit(words.start(i), end, value));
            i = lastWord + 1;
        }
        return hits;
    }

    /** The longest phrase from word {@code from}: (last word index << 32 | end offset), or -1. */
    private long longest(Words words, String text, int from, Node root, boolean exact) {
        if (root.children.isEmpty()) return -1;  // a case-sensitive gazetteer need not lower-case every word
        if (!words.mayStart(from, exact ? exactFirst : looseFirst, exact)) return -1;
        Node node = root;
        long best = -1;
        for (int w = from; w < words.count() && w - from < maxWords; w++) {
            String key;
            if (w == from) {
                key = words.word(w, exact);  // the first word is keyed alone: one lookup, no new string, per word
            } else {
                char gap = words.gapBefore(w);
                if (gap == BREAK) break;
                key = gap + words.word(w, exact);
            }
            node = node.children.get(key);
            if (node == null) break;
            int end = words.end(w);
            if (node.valueDot != null && end < text.length() && text.charAt(end) == '.') {
                best = ((long) w << 32) | (end + 1);
            } else if (node.value != null) {
                best = ((long) w << 32) | end;
            }
        }
        return best;
    }

    private static int endOf(long encoded) {
        return encoded < 0 ? -1 : (int) encoded;
    }

    private String valueAt(Words words, String text, int from, int lastWord, int end, boolean exact) {
        Node node = exact ? caseSensitive : caseInsensitive;
        for (int w = from; w <= lastWord; w++) {
            node = node.children.get(w == from ? words.word(w, exact) : words.gapBefore(w) + words.word(w, exact));
        }
        return end > words.end(lastWord) ? node.valueDot : node.value;
    }

    /** The words of a string and the kind of gap before each. */
    static final class Words {
        /**
         * The last text cut, per thread: the scanners of one text run one after another on one
         * thread, and four gazetteers would otherwise cut (and lower-case) the same text four times.
         */
        private static final ThreadLocal<Words> LAST = new ThreadLocal<>();


        private final String text;
        private final char[] cs;
        private int[] starts;
        private int[] ends;
        private int count;
        private String[] exactWords;  // each word as a key, made when first asked for
        private String[] looseWords;
        private boolean[] asciiWord;
        private int[] exactHashes;
        private int[] looseHashes;

        static Words of(String text) {
            Words last = LAST.get();
            if (last != null && last.text == text) return last;
            Words words = new Words(text);
            LAST.set(words);
            return words;
        }

        Words(String text) {
            this.text = text;
            this.cs = TextChars.of(text);
            // about one word in six characters of English prose: most texts never grow the arrays
            starts = new int[Math.max(16, text.length() / 5)];
            ends = new int[starts.length];
            int i = 0;
            int n = cs.length;
            while (i < n) {
                if (!isWordChar(cs[i])) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < n && (isWordChar(cs[i]) || isInnerApostrophe(cs, i))) i++;
                push(s, i);
            }
        }

        private void push(int s, int e) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            starts[count] = s;
            ends[count++] = e;
        }

        /**
         * False when word {@code w} cannot be the first key of a root with these first words: only
         * said of ASCII words, whose key is their own characters (lower-cased unless exact).
         */
        boolean mayStart(int w, FirstWords first, boolean exact) {
            if (asciiWord == null) firstWordKeys();
            if (!asciiWord[w]) return true;
            return first.has(exact ? exactHashes[w] : looseHashes[w]);
        }

        /**
         * Per word, the hash code of its key as it is and lower-cased, as {@link String#hashCode}
         * would give it, when it is all ASCII: asked by every gazetteer, so worked out once per text.
         */
        private void firstWordKeys() {
            boolean[] ascii = new boolean[count];
            int[] exact = new int[count];
            int[] loose = new int[count];
            for (int w = 0; w < count; w++) {
                boolean isAscii = true;
                int he = 0;
                int hl = 0;
                for (int i = starts[w]; i < ends[w]; i++) {
                    char c = cs[i];
                    if (c >= 128) {
                        isAscii = false;
                        break;
                    }
                    he = 31 * he + c;
                    hl = 31 * hl + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
                }
                ascii[w] = isAscii;
                exact[w] = he;
                loose[w] = hl;
            }
            exactHashes = exact;
            looseHashes = loose;
            asciiWord = ascii;
        }

        int count() { return count; }
        int start(int w) { return starts[w]; }
        int end(int w) { return ends[w]; }

        /** The word as a trie key: apostrophes unified, lower-cased unless {@code exact}. */
        String word(int w, boolean exact) {
            if (exactWords == null) {
                exactWords = new String[count];
                looseWords = new String[count];
            }
            String[] cache = exact ? exactWords : looseWords;
            if (cache[w] == null) {
                String s = text.substring(starts[w], ends[w]).replace('\u2019', '\'');
                cache[w] = exact ? s : s.toLowerCase(Locale.ROOT);
            }
            return cache[w];
        }

        /** 'W' spaces or a hyphen (at most one line break), 'D' a dot, 'S' a slash, 'A' an ampersand, else 'X'. */
        char gapBefore(int w) {
            int s = ends[w - 1];
            int e = starts[w];
            int breaks = 0;
            int visible = 0;
            char seen = 0;
            for (int i = s; i < e; i++) {
                char c = cs[i];
                if (c == '\n') breaks++;
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {  // no-break space too
                    visible++;
                    seen = c;
                }
            }
            if (visible == 0) return e - s <= 12 && breaks <= 1 ? 'W' : BREAK;
            if (e - s > 5 || visible > 1) return BREAK;
            switch (seen) {
                case '-', '\u2010', '\u2011': return 'W';
                case '.': return e - s == 1 ? 'D' : BREAK;
                case '/': return 'S';
                case '&': return 'A';
                default: return BREAK;
            }
        }

        static boolean isWordChar(char c) {
            if (c < 128) return TextChars.isLetterOrDigit(c);  // no ASCII character is a mark
            if (Character.isLetterOrDigit(c)) return true;
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || c == '\u200C' || c == '\u200D';
        }

        private static boolean isInnerApostrophe(char[] cs, int i) {
            char c = cs[i];
            return (c == '\'' || c == '\u2019') && i > 0 && i + 1 < cs.length
                    && TextChars.isLetter(cs[i - 1]) && TextChars.isLetter(cs[i + 1]);
        }
    }
}
