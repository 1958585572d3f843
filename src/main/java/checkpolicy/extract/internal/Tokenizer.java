package checkpolicy.extract.internal;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Splits text into words in one pass, without regular expressions, so a hostile megabyte-long
 * line costs time linear in its length. Not thread-safe (the stemmer keeps state): one per thread.
 */
public final class Tokenizer {

    /** Words that open a new clause: negation before them does not reach what follows. */
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "unless", "except", "however", "although",
            "though", "whereas", "while", "if", "instead", "rather");

    /**
     * Words Porter's stemmer folds into a stem of another meaning, each given a stem of its own:
     * "the confidentiality, integrity and accessibility of the information we collect" is security,
     * not the reader's access to it; "upload information or change information" is no promise to
     * inform anyone of a change; "Parental Controls" name no data controller; "internal business
     * processes" are no international transfer; "securities" are no security; a "community" does
     * not communicate; "periodically" states no period; "you are responsible for the requested
     * items" is no response to a request; "you represent that you are 18" names no representative;
     * "merchantability" has no merchants; a "Privacy Office" is no privacy officer; "we have
     * added a section" shows no ads; "personalized content" is not "personal" data, nor is a
     * "person" either; "to the fullest extent permissible by law" asks no one's permission. And
     * "us" is not "use", which Porter stems to "us":
     * "terms of use" beside a company name is not "us" presenting itself.
     */
    private static final java.util.Map<String, String> OWN_STEMS = java.util.Map.ofEntries(
            entry("accessible", "accessibl"), entry("accessibility", "accessibl"),
            entry("inaccessible", "inaccessibl"),
            entry("information", "information"), entry("informations", "information"),
            entry("controller", "controller"), entry("controllers", "controller"),
            entry("international", "international"), entry("internationally", "international"),
            entry("periodically", "periodic"), entry("periodic", "periodic"),
            entry("representations", "representation"), entry("representation", "representation"),
            entry("represent", "represent"), entry("represents", "represent"),
            entry("represented", "represent"), entry("representing", "represent"),
            entry("responsible", "responsib"), entry("responsibility", "responsib"),
            entry("responsibilities", "responsib"), entry("responsibly", "responsib"),
            entry("securities", "securities"),
            entry("community", "community"), entry("communities", "community"),
            entry("merchantability", "merchantability"),
            entry("permissible", "permissibl"), entry("impermissible", "impermissibl"),
            entry("officer", "officer"), entry("officers", "officer"),
            entry("ad", "ad'"), entry("ads", "ad'"),
            entry("personal", "personal"), entry("personally", "personal"),
            entry("personalize", "personaliz"), entry("personalized", "personaliz"), entry("personalizing", "personaliz"),
            entry("personalise", "personaliz"), entry("personalised", "personaliz"), entry("personalising", "personaliz"),
            entry("personalization", "personaliz"), entry("personalisation", "personaliz"),
            entry("us", "us'"));

    /** Spellings shared by every tokenizer; bounded, so a text of random words cannot fill the heap. */
    private static final java.util.Map<String, Spelling> SHARED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_SHARED = 200_000;

    /** Per thread, the spellings met lately: quicker to ask than the shared map, and no string made. */
    private static final ThreadLocal<RecentSpellings> RECENT = ThreadLocal.withInitial(RecentSpellings::new);

    private final RecentSpellings recent = RECENT.get();
    private final PorterStemmer stemmer = new PorterStemmer();
    private final java.util.Map<String, String> stems = new java.util.HashMap<>();

    public List<Token> tokenize(String text, int from, int to) {
        char[] cs = TextChars.of(text); // a document is tokenized sentence by sentence
        // about one word in six characters: a list that seldom grows, where growing from ten
        // copied every long sentence's list three or four times
        List<Token> tokens = new ArrayList<>(Math.max(4, (to - from) / 5));
        int clause = 0;
        int i = from;
        while (i < to) {
            char c = cs[i];
            if (TextChars.isLetterOrDigit(c)) {
                int start = i;
                int h = 0;  // RecentSpellings.hash of the word, summed as it is read
                while (i < to && isWordChar(cs, i, to)) h = 31 * h + cs[i++];
                h = RecentSpellings.spread(h);
                Spelling spelling = recent.find(cs, start, i, h);
                if (spelling == null) {
                    spelling = spelling(text.substring(start, i));
                    recent.add(spelling);
                }
                if (spelling.opensClause) clause++;
                tokens.add(new Token(start, i, spelling, clause));
            } else {
                // Commas do not end a clause: "we never share, sell, or rent" denies all three.
                if (c == ';' || c == ':' || c == '(' || c == ')' || c == '.' || c == '!' || c == '?'
                        || c == '\u2013' || c == '\u2014') {
                    clause++;
                }
                i++;
            }
        }
        return tokens;
    }

    private Spelling spelling(String original) {
        Spelling known = SHARED.get(original);
        if (known == null) {
            String lower = original.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            known = new Spelling(original, lower, stem(lower), CLAUSE_WORDS.contains(lower));
            if (SHARED.size() < MAX_SHARED) {
                Spelling raced = SHARED.putIfAbsent(original, known);
                if (raced != null) known = raced;
            }
        }
        return known;
    }

    public String stem(String lower) {
        // A policy says "information" hundreds of times: stem each spelling once per tokenizer.
        String known = stems.get(lower);
        if (known != null) return known;
        String stem = stemUncached(lower);
        stems.put(lower, stem);
        return stem;
    }

    private String stemUncached(String lower) {
        if (lower.endsWith("n't")) return "not";
        String word = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
        String kept = OWN_STEMS.get(word);
        if (kept != null) return kept;
        if (word.length() < 3 || !Character.isLetter(word.charAt(0))) return word;
        return stemmer.stem(word);
    }

    /** Whether the text reads as one word, as a phrase's word must: no period, comma or ampersand inside. */
    static boolean readsAsOneToken(String text) {
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (!isWordChar(cs, i, cs.length)) return false;
        }
        return cs.length > 0;
    }

    /** Letters and digits, and an apostrophe between two letters ("don't"); a period ends a word ("e.g" is two). */
    private static boolean isWordChar(char[] cs, int i, int to) {
        char c = cs[i];
        if (TextChars.isLetterOrDigit(c)) return true;
        if ((c == '\'' || c == '\u2019') && i + 1 < to && i > 0
                && TextChars.isLetter(cs[i - 1]) && TextChars.isLetter(cs[i + 1])) {
            return true;
        }
        return false;
    }
}
