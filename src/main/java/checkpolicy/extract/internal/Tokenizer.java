package checkpolicy.extract.internal;

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

    private final PorterStemmer stemmer = new PorterStemmer();
    private final java.util.Map<String, String> stems = new java.util.HashMap<>();

    public List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int clause = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < to && isWordChar(text, i, to)) i++;
                String original = text.substring(start, i);
                String lower = original.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                if (CLAUSE_WORDS.contains(lower)) clause++;
                tokens.add(new Token(start, i, lower, stem(lower), original, clause));
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
        if (word.length() < 3 || !Character.isLetter(word.charAt(0))) return word;
        return stemmer.stem(word);
    }

    /** Letters and digits, and an apostrophe or period between two letters ("don't", "e.g"). */
    private static boolean isWordChar(String text, int i, int to) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) return true;
        if ((c == '\'' || c == '\u2019') && i + 1 < to && i > 0
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
            return true;
        }
        return false;
    }
}
