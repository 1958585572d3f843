package checkpolicy.extract.value;

import java.util.Locale;
import java.util.Map;

/** English number words from zero to ninety-nine, as policies write periods and ages ("thirty (30) days"). */
final class NumberWords {

    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TENS = "twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety";

    /**
     * A regex (no groups) for a number word: a tens word with an optional unit ("twenty-four",
     * "twenty four"), or a word below twenty. Longer words come first so "seventeen" is not read as
     * "seven"; callers put a word boundary after it.
     */
    static final String REGEX = "(?:(?:" + TENS + ")(?:[ -](?:" + UNITS + "))?"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|zero|" + UNITS + ")";

    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fourty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    /** The words of {@link #VALUES}: most words of a text are compared with them in place, without a lower-cased copy. */
    private static final WordList WORDS = new WordList(VALUES.keySet().toArray(new String[0]));

    private NumberWords() { }

    /** Is this single word (any case) a number word, or the first word of one ("twenty" of "twenty-four")? */
    static boolean isNumberWord(String text, int start, int end) {
        return WORDS.contains(text, start, end);
    }

    /** The value of digits or a number word; -1 when it is neither (or too long to be a count). */
    static int parse(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) return -1;
        if (Character.isDigit(t.charAt(0))) {
            if (t.length() > 6) return -1;
            for (int i = 0; i < t.length(); i++) if (!Character.isDigit(t.charAt(i))) return -1;
            return Integer.parseInt(t);
        }
        String[] parts = t.split("[ -]+");
        int total = 0;
        for (String part : parts) {
            Integer v = VALUES.get(part);
            if (v == null) return -1;
            total += v;
        }
        return total;
    }
}
