package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postal addresses, found by their postcode and read back to where they begin ({@link AddressStart}):
 * Indian six-digit PIN codes ({@code Mumbai - 400001}, {@code Bengaluru, Karnataka 560001},
 * {@code New Delhi 110 001}), US ZIP codes after a state ({@code San Francisco, CA 94105},
 * {@code New York NY 10003}), UK and
 * Canadian postcodes, and the European code before a city and a country
 * ({@code Westendstrasse 28, 60325 Frankfurt am Main, Germany}, {@code 1017 CE Amsterdam, The Netherlands},
 * {@code Dublin 2 D02 HX96, Ireland}). A state or country written right after the code ({@code 400013 Maharashtra,
 * India}) belongs to the address. Normalised with runs of white space made one space.
 *
 * <p>A six-digit number is only a PIN when a place name or a "PIN" label stands right before it
 * and the text before reads like an address (a comma and a number, or an address word).
 */
final class PostalScanner implements KindScanner {

    private static final String INDIAN_STATES = "Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat"
            + "|Haryana|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya"
            + "|Mizoram|Nagaland|Odisha|Orissa|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh"
            + "|Uttarakhand|West Bengal|New Delhi|Delhi|NCT of Delhi|Chandigarh|Puducherry|Pondicherry"
            + "|Jammu (?:and|&) Kashmir|Ladakh";

    private static final Pattern PIN = Pattern.compile(
            "(?<![\\w+./])(?<!\\d[\\s\\h-])[1-9]\\d{2} ?\\d{3}(?![\\w/]|[.,-]\\d)");
    private static final Pattern INDIA_TAIL = Pattern.compile(
            "(?:[ \\t]{0,2}[,\u2013-]?[ \\t]{0,2}(?:" + INDIAN_STATES + ")\\b)?(?:[ \\t]{0,2}[,\u2013-]?[ \\t]{0,2}\\(?India\\b\\)?)?");

    /**
     * A state and ZIP code: after a comma ("Newton, MA 02466", "San Francisco, California 94105"),
     * or, for a two-letter code, right after a capitalised city name ("New York NY 10003").
     */
    private static final Pattern US_ZIP = Pattern.compile(
            "(?:,[ \\t]{0,2}(?<state>[A-Z]{2}|[A-Z][a-z]{2,13}(?: [A-Z][a-z]{2,13})?)|(?<=[A-Z][a-z]{1,20})[ \\t]{1,2}(?<code>[A-Z]{2}))"
                    + "\\.?[ \\t]{1,2}\\d{5}(?:-\\d{4})?(?![\\w-])");
    private static final Pattern US_TAIL = Pattern.compile("(?:,?[ \\t]{0,2}(?:USA|U\\.S\\.A\\.?|United States(?: of America)?)\\b)?");

    private static final Pattern UK_OR_CANADA = Pattern.compile(
            "(?<![\\w-])(?:[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]{1,2}\\d[ABD-HJLNP-UW-Z]{2}"
                    + "|[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d)(?![\\w-])");
    private static final Pattern UK_CANADA_TAIL = Pattern.compile(
            "(?:,?[ \\t]{0,2}(?:United Kingdom|UK|U\\.K\\.|England|Scotland|Wales|Northern Ireland|Canada)\\b)?");

    /** European countries that write the postcode before the city, as addresses name them in English or their own language. */
    private static final String EUROPEAN_COUNTRIES = "Germany|Deutschland|France|(?:[Tt]he )?Netherlands|Nederland|Belgium|Belgique|België"
            + "|Luxembourg|Austria|Österreich|Switzerland|Schweiz|Suisse|Italy|Italia|Spain|España|Portugal|Ireland|Denmark|Danmark"
            + "|Sweden|Sverige|Norway|Norge|Finland|Suomi|Iceland|Poland|Polska|Czech Republic|Czechia|Slovakia|Hungary|Slovenia"
            + "|Croatia|Romania|Bulgaria|Greece|Cyprus|Malta|Estonia|Latvia|Lithuania|Liechtenstein|Monaco";

    /**
     * A European postcode, its city and its country: "60325 Frankfurt am Main, Germany", "D-10115 Berlin,
     * Germany", "1017 CE Amsterdam, The Netherlands". The country is required: four or five digits before a
     * capitalised word are otherwise too common ("2019 Annual Report").
     */
    private static final Pattern EUROPE = Pattern.compile(
            "(?:[A-Z]{1,2}-)?\\d{4,5}(?:[ \\t]?[A-Z]{2}(?!\\p{L}))?[ \\t]{1,2}\\p{Lu}[\\p{L}'.-]{1,30}"
                    + "(?:[ \\t]{1,2}(?:am|an|im|in|de|la|le|sur|bei|\\d{1,2}|\\p{Lu}[\\p{L}'.-]{1,30})){0,3}"
                    + "[ \\t]{0,2},?[ \\t]{0,2}(?:" + EUROPEAN_COUNTRIES + ")\\b");

    /** An Irish Eircode before "Ireland": "Dublin 2 D02 HX96, Ireland", "Cork T23 AT2P Ireland". */
    private static final Pattern EIRCODE = Pattern.compile(
            "(?<![\\w-])[AC-FHKNPRTV-Y]\\d{2}[ \\t]?[0-9AC-FHKNPRTV-Y]{4}[ \\t]{0,2},?[ \\t]{0,2}Ireland\\b");

    private static final Set<String> US_STATE_CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
            "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
            "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR");
    private static final Set<String> US_STATE_NAMES = Set.of(
            "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
            "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
            "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
            "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
            "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
            "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
            "Wisconsin", "Wyoming");

    /** Words that make a stretch of text an address: street words, Indian states and big cities. */
    private static final Set<String> ADDRESS_WORDS = Set.of((
            "road rd street st lane marg area industrial nagar sector floor flr building bldg tower plot block phase"
                    + " colony estate park complex house bhavan bhawan apartment apartments society near opp behind chowk"
                    + " bazar bazaar market layout cross main village post district dist taluk taluka highway avenue ave"
                    + " blvd boulevard drive suite ste box square place court way plaza centre center wing unit gali puram"
                    + " vihar enclave mumbai delhi bengaluru bangalore chennai kolkata hyderabad pune noida gurgaon gurugram"
                    + " ahmedabad jaipur kochi india pradesh assam bihar chhattisgarh goa gujarat haryana jharkhand karnataka"
                    + " kerala maharashtra manipur meghalaya mizoram nagaland odisha orissa punjab rajasthan sikkim nadu"
                    + " telangana tripura uttarakhand bengal chandigarh puducherry pondicherry kashmir ladakh").split(" "));

    private static final Pattern PLACE_NAME = Pattern.compile("[A-Z][A-Za-z.]{1,30}(?:[ \\h][A-Za-z.()]{1,30}){0,3}[ \\h]{0,2}[,\u2013-]?");
    private static final Pattern PIN_LABEL = Pattern.compile("(?:pin|pin[\\s\\h]?code|pincode|postal[\\s\\h]?code)\\W{0,3}$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public ValueKind kind() {
        return ValueKind.POSTAL;
    }

    @Override
    public List<ValueMatch> scan(String text) {
        List<ValueMatch> out = new ArrayList<>();
        Anchors.Scope scope = new Anchors.Scope(text);
        // Every address here ends in a postcode holding digits: find the digit runs, then check the code around them.
        Anchors.forEachRun(text, (start, end, digits) -> {
            if (!digits) return;
            int length = end - start;
            if (length == 6 || (length == 3 && end + 4 <= text.length() && text.charAt(end) == ' ')) indianPin(scope, start, out);
            if (length == 5) usZip(scope, start, end, out);
            if (length == 4 || length == 5) europe(scope, start, out);
            if (length == 2 && start > 0 && Character.isUpperCase(text.charAt(start - 1))) eircode(scope, start - 1, out);
            if (length == 1 && start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) ukOrCanada(scope, start, out);
        });
        return out;
    }

    private static void indianPin(Anchors.Scope scope, int start, List<ValueMatch> out) {
        Matcher pin = scope.around(PIN, start, start + 7);
        if (pin.lookingAt() && placeOrLabelBefore(scope.text(), start)) add(scope, start, pin.end(), INDIA_TAIL, out);
    }

    private static void usZip(Anchors.Scope scope, int zipStart, int zipEnd, List<ValueMatch> out) {
        Matcher zip = scope.around(US_ZIP, zipStart - 32, zipEnd + 5);
        while (zip.find()) {
            if (zip.start() > zipStart || zip.end() < zipEnd) continue;
            String state = zip.group("state") != null ? zip.group("state") : zip.group("code");
            if (US_STATE_CODES.contains(state) || US_STATE_NAMES.contains(state)) add(scope, zip.start(), zip.end(), US_TAIL, out);
            return;
        }
    }

    private static void europe(Anchors.Scope scope, int codeStart, List<ValueMatch> out) {
        String text = scope.text();
        if (codeStart > 0 && "+./".indexOf(text.charAt(codeStart - 1)) >= 0) return;
        int start = codeStart;
        // "D-10115 Berlin": the country letter and its hyphen belong to the code
        if (start >= 2 && text.charAt(start - 1) == '-' && Character.isUpperCase(text.charAt(start - 2))) {
            start -= 2;
            if (start > 0 && Character.isUpperCase(text.charAt(start - 1))) start--;
        }
        if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) return;
        if (endsInTwoNumbers(text, start)) return;
        Matcher m = scope.around(EUROPE, start, codeStart + 120);
        if (m.lookingAt()) addWithCode(scope, start, m.end(), out);
    }

    /**
     * "+49 30 1234 5678 Berlin, Germany" is a phone number before a city: two digit groups stand right
     * before its last group, where a postcode follows at most a house number ("Chausseestr. 20 10115 Berlin").
     */
    private static boolean endsInTwoNumbers(String text, int end) {
        int i = end;
        for (int group = 0; group < 2; group++) {
            int spaces = i;
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) i--;
            if (i == spaces && group > 0) return false;
            int digitsEnd = i;
            while (i > 0 && Character.isDigit(text.charAt(i - 1))) i--;
            if (i == digitsEnd) return false;
        }
        return true;
    }

    private static void eircode(Anchors.Scope scope, int codeStart, List<ValueMatch> out) {
        Matcher m = scope.around(EIRCODE, codeStart, codeStart + 30);
        if (m.lookingAt()) addWithCode(scope, codeStart, m.end(), out);
    }

    /**
     * An address whose code, city and country have matched already: the part before it needs only a
     * house number or an address word ("Westendstrasse 28,", "Unit 3D North Point House").
     */
    private static void addWithCode(Anchors.Scope scope, int codeStart, int end, List<ValueMatch> out) {
        emit(scope, codeStart, end, before -> before.strip().length() >= 4
                && (before.chars().anyMatch(Character::isDigit) || hasAddressWord(before)), out);
    }

    /** {@code inwardDigit} is the digit that starts the code's second half ("1AA" of "SW1A 1AA"). */
    private static void ukOrCanada(Anchors.Scope scope, int inwardDigit, List<ValueMatch> out) {
        Matcher code = scope.around(UK_OR_CANADA, inwardDigit - 7, inwardDigit + 3);
        while (code.find()) {
            if (code.end() != inwardDigit + 3) continue;
            if (placeOrLabelBefore(scope.text(), code.start())) add(scope, code.start(), code.end(), UK_CANADA_TAIL, out);
            return;
        }
    }

    private static void add(Anchors.Scope scope, int anchorStart, int anchorEnd, Pattern tail, List<ValueMatch> out) {
        Matcher t = scope.around(tail, anchorEnd, anchorEnd + 60);
        int end = t.lookingAt() ? t.end() : anchorEnd;
        emit(scope, anchorStart, end, PostalScanner::readsLikeAddress, out);
    }

    /**
     * The address from where it begins ({@link AddressStart}) to {@code end}, when the text before
     * its code ({@code anchorStart}) passes {@code readsLikeAddress}.
     */
    private static void emit(Anchors.Scope scope, int anchorStart, int end, Predicate<String> readsLikeAddress,
                             List<ValueMatch> out) {
        String text = scope.text();
        int start = AddressStart.find(scope, anchorStart);
        if (!readsLikeAddress.test(text.substring(start, anchorStart))) {
            // What is left once the prose is cut off may be too little to tell; the prose may tell
            // ("… by post to The Royal Botanic Gardens, Kew, Richmond, TW9 3AE"). The address then
            // begins after the prose if three parts are left of it, else where it began before
            // ("Petts wood, Kent, BR5 1LZ" is not cut down to "Kent").
            int wider = AddressStart.findWithProse(scope, anchorStart);
            if (wider == start || !readsLikeAddress.test(text.substring(wider, anchorStart))) return;
            if (text.substring(start, anchorStart).chars().filter(c -> c == ',').count() < 2) start = wider;
        }
        out.add(ValueMatch.of(ValueKind.POSTAL, Anchors.collapseSpaces(text.substring(start, end)), text, start, end));
    }

    /**
     * Enough to be an address: an address word (road, floor, nagar, a state or big city), or two
     * commas, a house number, and a capitalised place name as the last part ("…, Baddi 173205").
     */
    private static boolean readsLikeAddress(String before) {
        if (before.strip().length() < 6) return false;
        if (hasAddressWord(before)) return true;
        long commas = before.chars().filter(c -> c == ',').count();
        String lastPart = before.substring(before.lastIndexOf(',') + 1).strip();
        return commas >= 2 && before.chars().anyMatch(Character::isDigit)
                && PLACE_NAME.matcher(lastPart).matches() && !PIN_LABEL.matcher(lastPart).find();
    }

    /** A word of {@code ADDRESS_WORDS}, in lower case. */
    static boolean isAddressWord(String lowerCaseWord) {
        return ADDRESS_WORDS.contains(lowerCaseWord);
    }

    private static boolean hasAddressWord(String s) {
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
            if (i - start <= 12 && ADDRESS_WORDS.contains(s.substring(start, i).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** A place name ("Mumbai -", "Karnataka,") or a PIN label right before the code. */
    private static boolean placeOrLabelBefore(String text, int start) {
        int i = start;
        while (i > 0 && start - i < 4 && " \t,-\u2013:".indexOf(text.charAt(i - 1)) >= 0) i--;
        if (i == 0 || !Character.isLetter(text.charAt(i - 1))) return false;
        String before = text.substring(Math.max(0, start - 15), start);
        return Character.isUpperCase(wordStart(text, i)) || PIN_LABEL.matcher(before).find();
    }

    private static char wordStart(String text, int end) {
        int s = end;
        while (s > 0 && Character.isLetter(text.charAt(s - 1)) && end - s < 40) s--;
        return text.charAt(s);
    }
}
