package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Countries and the unions policies transfer data to, by a gazetteer of about 200 names and
 * their aliases ({@code countries.txt}); normalised to one English name ("USA" → "United States",
 * "EEA" → "European Economic Area", "England" → "United Kingdom").
 *
 * <p>Matching is case-sensitive, so "us" the pronoun is never the US. "US" is still dropped in
 * an all-capitals heading ("CONTACT US", "ABOUT US"), where it is the pronoun shouting. A name
 * that opens an organisation's name is no place either: "the Georgia Genealogical Society",
 * "India Private Limited", "Canada Post".
 */
final class CountryScanner implements KindScanner {

    private static final PhraseGazetteer COUNTRIES =
            PhraseGazetteer.fromResource("/checkpolicy/extract/value/countries.txt", true);

    /** Words that, right after a country's name, make it part of an organisation's name. */
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "Society", "Association", "Genealogical", "Historical", "Institute", "University", "College",
            "Council", "Club", "Foundation", "Museum", "Bank", "Power", "Press", "Federation", "Chamber",
            "League", "Academy", "Corporation", "Corp", "Inc", "Ltd", "Limited", "LLC", "GmbH", "Holdings",
            "Airlines", "Airways", "Post", "Telecom", "Times", "Herald", "Gazette", "Orchestra", "Symphony",
            "Private", "Pvt", "Diocese", "Tourism", "Railways", "Rail");

    @Override
    public ValueKind kind() {
        return ValueKind.COUNTRY;
    }

    @Override
    public List<ValueMatch> scan(String text) {
        List<ValueMatch> out = new ArrayList<>();
        for (PhraseGazetteer.Hit hit : COUNTRIES.find(text)) {
            if (text.startsWith("US", hit.start()) && hit.end() - hit.start() == 2 && inShoutedPhrase(text, hit.start())) {
                continue;
            }
            if (ORGANISATION_WORDS.contains(nextWord(text, hit.end()))) continue;
            out.add(ValueMatch.of(ValueKind.COUNTRY, hit.value(), text, hit.start(), hit.end()));
        }
        return out;
    }

    /** The word after a single space, or "" ("Society" in "Georgia Society,"). */
    private static String nextWord(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') return "";
        int stop = end + 1;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))) stop++;
        return text.substring(end + 1, stop);
    }

    /** The word before is all capitals and no country code itself ("EU-US" stays a country pair). */
    private static boolean inShoutedPhrase(String text, int start) {
        int end = start;
        while (end > 0 && !Character.isLetter(text.charAt(end - 1)) && start - end < 3) end--;
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1)) && end - begin < 20) begin--;
        String word = text.substring(begin, end);
        if (word.length() < 2) return false;
        for (int i = 0; i < word.length(); i++) if (!Character.isUpperCase(word.charAt(i))) return false;
        return !(word.equals("EU") || word.equals("UK") || word.equals("EEA") || word.equals("UAE"));
    }
}
