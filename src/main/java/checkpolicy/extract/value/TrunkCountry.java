package checkpolicy.extract.value;

import java.util.List;
import java.util.function.Supplier;

/**
 * Which country's numbers a document writes with a trunk 0 and no country code: India's and the
 * United Kingdom's look the same ({@code 022 2345 6789}, {@code 020 7946 0958}, 0 and ten digits),
 * so the document decides. It is British when it names the United Kingdom, its nations, its
 * dialling code or its domains more often than it names India, its code or its domains; otherwise
 * Indian, as this tool reads Indian policies first.
 */
final class TrunkCountry {

    static final String INDIA = "91";
    static final String UNITED_KINGDOM = "44";

    // Spelt as a document writes them; "UK" and "India" only as whole words (not "UKRAINE", "Indiana").
    private static final List<String> BRITISH = List.of("United Kingdom", "England", "Scotland", "Wales", "Northern Ireland",
            "UK", "+44", ".co.uk", ".org.uk", ".ac.uk", ".gov.uk", ".uk/");
    private static final List<String> INDIAN = List.of("India", "+91", ".co.in", ".org.in", ".gov.in", ".in/", "₹");

    private TrunkCountry() { }

    /** The country of one document, read the first time a number asks for it. */
    static final class OfText implements Supplier<String> {
        private final String text;
        private String country;

        OfText(String text) {
            this.text = text;
        }

        @Override
        public String get() {
            if (country == null) country = of(text);
            return country;
        }
    }

    /** The country code for the document's trunk-prefixed numbers: {@link #UNITED_KINGDOM} or {@link #INDIA}. */
    static String of(String text) {
        return count(text, BRITISH) > count(text, INDIAN) ? UNITED_KINGDOM : INDIA;
    }

    private static int count(String text, List<String> cues) {
        int n = 0;
        for (String cue : cues) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length())) {
                if (standsAlone(text, at, cue)) n++;
            }
        }
        return n;
    }

    /** A cue that starts and ends in a letter must be a whole word: not the "UK" of "UKRAINE" or the "India" of "Indiana". */
    private static boolean standsAlone(String text, int at, String cue) {
        boolean wordStart = Character.isLetter(cue.charAt(0));
        boolean wordEnd = Character.isLetter(cue.charAt(cue.length() - 1));
        if (wordStart && at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) return false;
        int end = at + cue.length();
        return !(wordEnd && end < text.length() && Character.isLetterOrDigit(text.charAt(end)));
    }
}
