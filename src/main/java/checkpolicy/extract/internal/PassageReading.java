package checkpolicy.extract.internal;

import checkpolicy.facts.Modality;
import checkpolicy.facts.Polarity;
import java.util.List;
import java.util.Set;

/**
 * Reads how a matched phrase is meant: denied ("we do not sell") or affirmed, and stated,
 * hedged ("we may share") or conditional ("if you ask, we delete").
 */
public final class PassageReading {

    /** How far before the phrase a negation or hedge may stand and still govern it. */
    private static final int REACH = 6;
    private static final Set<String> CONDITIONAL_OPENERS = Set.of("if", "unless", "when", "whenev", "should", "where", "in");
    private static final Set<String> SECOND_PERSON = Set.of("you", "user", "visitor", "they");
    private static final Set<String> SUBJECTS = Set.of("we", "you", "they", "it", "i", "he", "she");

    private final Set<String> negations;
    private final Set<String> hedges;

    public PassageReading(Set<String> negations, Set<String> hedges) {
        this.negations = negations;
        this.hedges = hedges;
    }

    /**
     * DENIES when a negation word governs the phrase: inside it, or shortly before it in the same
     * clause, and not said of the reader ("if you do not want us to share" still affirms sharing).
     * The items of a list the negated words open are denied however long the list: "we do not
     * collect sensitive data, such as health, racial, sexual orientation" collects none of them.
     */
    public Polarity polarity(List<Token> tokens, int from, int to) {
        int clause = tokens.get(from).clause();
        int limit = Math.max(0, from - REACH);
        boolean inList = false;
        for (int i = to - 1; i >= limit; i--) {
            Token t = tokens.get(i);
            if (i < from && t.clause() != clause) break;
            if (negations.contains(t.stem()) && !saidOfReader(tokens, i)) {
                return Polarity.DENIES;
            }
            // a new subject starts a new statement: "we do not guarantee security, and we collect data such as"
            if (inList && SUBJECTS.contains(t.lower())) break;
            if (i < from && !inList && opensList(tokens, i)) {
                inList = true;
                // the list's head ("special categories of data") stands between the opener and its negation
                limit = Math.max(0, i - REACH - 2);
            }
        }
        return Polarity.AFFIRMS;
    }

    /** "such as", "including", "e.g.", "namely": what follows are examples of what came before. */
    private static boolean opensList(List<Token> tokens, int i) {
        String word = tokens.get(i).lower();
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        return word.equals("including") || word.equals("namely")
                || (word.equals("such") && next.equals("as")) || (word.equals("e") && next.equals("g"));
    }

    public Modality modality(List<Token> tokens, int from) {
        int clause = tokens.get(from).clause();
        int clauseStart = from;
        while (clauseStart > 0 && tokens.get(clauseStart - 1).clause() == clause) clauseStart--;
        if (CONDITIONAL_OPENERS.contains(tokens.get(clauseStart).stem())
                || (clauseStart > 0 && CONDITIONAL_OPENERS.contains(tokens.get(clauseStart - 1).stem()))) {
            return Modality.CONDITIONAL;
        }
        for (int i = from - 1; i >= Math.max(clauseStart, from - REACH); i--) {
            if (hedges.contains(tokens.get(i).stem())) return Modality.HEDGED;
        }
        return Modality.STATED;
    }

    private static boolean saidOfReader(List<Token> tokens, int negation) {
        for (int i = negation - 1; i >= Math.max(0, negation - 3); i--) {
            if (SECOND_PERSON.contains(tokens.get(i).lower())) return true;
        }
        return false;
    }
}
