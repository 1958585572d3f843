package checkpolicy.extract.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compiles the lexicon's phrase notation:
 * <ul>
 *   <li>{@code share} matches any form with the same stem (shared, sharing, shares);</li>
 *   <li>{@code third*} matches words that start with "third";</li>
 *   <li>{@code =Limited} matches that exact spelling (for names and legal forms);</li>
 *   <li>{@code sell|rent|trade} is one word position with alternatives;</li>
 *   <li>{@code (personal data|your information)} alternatives of several words; {@code (the)?} optional;</li>
 *   <li>{@code ~} skips up to 3 words, {@code ~5} up to 5;</li>
 *   <li>{@code @DATA} inserts the lexicon's macro DATA.</li>
 * </ul>
 * A {@code ?} inside a word is refused: it reads like a pattern ("unauthori?ed") but would only
 * match that literal spelling, so both forms must be written out.
 * Hyphens and slashes count as spaces, as the tokenizer splits words there too.
 */
public final class PhraseCompiler {

    private static final int DEFAULT_GAP = 3;
    private static final int MAX_EXPANSIONS = 2048;

    private final Tokenizer tokenizer;
    private final Map<String, String> macros;

    public PhraseCompiler(Tokenizer tokenizer, Map<String, String> macros) {
        this.tokenizer = tokenizer;
        this.macros = macros;
    }

    /** Every flat pattern the phrase stands for (groups multiply out). */
    public List<PhrasePattern> compile(String phrase) {
        String text = expandMacros(phrase, 0);
        List<String> flat = new ArrayList<>();
        expandGroups(text.replace('-', ' ').replace('/', ' '), flat);
        List<PhrasePattern> patterns = new ArrayList<>();
        for (String f : flat) {
            patterns.add(new PhrasePattern(phrase, slots(f, phrase)));
        }
        return patterns;
    }

    private String expandMacros(String text, int depth) {
        if (depth > 5) throw new IllegalArgumentException("macros nest too deep in '" + text + "'");
        if (text.indexOf('@') < 0) return text;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '@') {
                int j = i + 1;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) j++;
                String name = text.substring(i + 1, j);
                String body = macros.get(name);
                if (body == null) throw new IllegalArgumentException("unknown macro @" + name);
                out.append(expandMacros(body, depth + 1));
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void expandGroups(String text, List<String> out) {
        int open = text.indexOf('(');
        if (open < 0) {
            out.add(text);
            return;
        }
        int depth = 0;
        int close = -1;
        List<Integer> bars = new ArrayList<>();
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) {
                close = i;
                break;
            } else if (c == '|' && depth == 1) bars.add(i);
        }
        if (close < 0) throw new IllegalArgumentException("unbalanced '(' in '" + text + "'");
        List<String> alternatives = new ArrayList<>();
        int from = open + 1;
        for (int bar : bars) {
            alternatives.add(text.substring(from, bar));
            from = bar + 1;
        }
        alternatives.add(text.substring(from, close));
        int after = close + 1;
        if (after < text.length() && text.charAt(after) == '?') {
            alternatives.add(""); // "(the)?" may also be left out
            after++;
        }
        // One-word alternatives share a single word position ("(to|for)" is the slot to|for);
        // only the multi-word ones multiply the patterns.
        List<String> oneWord = new ArrayList<>();
        List<String> expanded = new ArrayList<>();
        for (String a : alternatives) {
            if (!isOneWord(a)) expanded.add(a);
            else oneWord.add(a.trim());
        }
        if (!oneWord.isEmpty()) expanded.add(0, String.join("|", oneWord));
        for (String alt : expanded) {
            if (out.size() > MAX_EXPANSIONS) throw new IllegalArgumentException("phrase expands to too many forms: '" + text + "'");
            expandGroups(text.substring(0, open) + " " + alt + " " + text.substring(after), out);
        }
    }

    private static boolean isOneWord(String alt) {
        String a = alt.trim();
        if (a.isEmpty() || a.startsWith("~")) return false;
        for (int i = 0; i < a.length(); i++) {
            if (Character.isWhitespace(a.charAt(i))) return false;
        }
        return true;
    }

    /** The words of a flat phrase; a loop, not a regular expression, as a cold start compiles thousands. */
    private static List<String> words(String flat) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= flat.length(); i++) {
            boolean space = i == flat.length() || Character.isWhitespace(flat.charAt(i));
            if (space && start >= 0) {
                words.add(flat.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    private List<PhrasePattern.Slot> slots(String flat, String source) {
        List<PhrasePattern.Slot> slots = new ArrayList<>();
        for (String part : words(flat)) {
            if (part.startsWith("~")) {
                int max = part.length() == 1 ? DEFAULT_GAP : Integer.parseInt(part.substring(1));
                if (!slots.isEmpty()) slots.add(new PhrasePattern.Gap(max));
                continue;
            }
            slots.add(word(part, source));
        }
        while (!slots.isEmpty() && slots.get(slots.size() - 1) instanceof PhrasePattern.Gap) {
            slots.remove(slots.size() - 1);
        }
        if (slots.isEmpty()) throw new IllegalArgumentException("empty phrase '" + source + "'");
        return List.copyOf(slots);
    }

    private PhrasePattern.Word word(String part, String source) {
        Set<String> stems = new LinkedHashSet<>();
        List<String> prefixes = new ArrayList<>();
        Set<String> exact = new LinkedHashSet<>();
        for (String alt : part.split("\\|")) {
            if (alt.isEmpty()) throw new IllegalArgumentException("empty alternative in '" + source + "'");
            // "unauthori?ed" looks like a pattern but is a word no text contains: refuse it
            if (alt.indexOf('?') >= 0) {
                throw new IllegalArgumentException("'?' inside the word '" + alt + "' in '" + source
                        + "': spell each form out, e.g. unauthorised|unauthorized");
            }
            // a word is what the tokenizer reads as one: "B.V" or "," would compile to a word no text contains
            String spelt = alt.startsWith("=") ? alt.substring(1) : alt.endsWith("*") ? alt.substring(0, alt.length() - 1) : alt;
            if (!Tokenizer.readsAsOneToken(spelt)) {
                throw new IllegalArgumentException("'" + alt + "' in '" + source
                        + "' is no word: text is read as runs of letters and digits, so write 'B.V' as '=B =V' and leave out punctuation");
            }
            if (alt.startsWith("=")) {
                exact.add(alt.substring(1));
            } else if (alt.endsWith("*")) {
                prefixes.add(alt.substring(0, alt.length() - 1).toLowerCase(Locale.ROOT));
            } else {
                stems.add(tokenizer.stem(alt.toLowerCase(Locale.ROOT).replace('\u2019', '\'')));
            }
        }
        return new PhrasePattern.Word(Set.copyOf(stems), List.copyOf(prefixes), Set.copyOf(exact));
    }
}
