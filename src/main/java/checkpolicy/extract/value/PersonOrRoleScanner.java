package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Officers a policy names: a role title ("Grievance Officer", "DPO", "Nodal Contact Person"), a
 * person with an honorific ("Ms. Priya Sharma", "Shri R. K. Gupta"), a labelled name
 * ("Name: Rajesh Kumar"), or a role followed by its holder ("Grievance Officer: Ms. Priya Sharma").
 *
 * <p>Normalised to the person's name when there is one ("Priya Sharma"), else the role title in
 * Title Case, abbreviations spelled out ("DPO" → "Data Protection Officer"). A role with its holder
 * is one match spanning both, so it outlasts the role and the name alone.
 */
final class PersonOrRoleScanner implements KindScanner {

    private static final PhraseGazetteer ROLES = new PhraseGazetteer();

    static {
        for (String role : List.of("Grievance Officer", "Resident Grievance Officer", "Chief Grievance Officer",
                "Grievance Redressal Officer", "Data Protection Officer", "Data Privacy Officer", "Privacy Officer",
                "Chief Privacy Officer", "Chief Data Protection Officer", "Nodal Officer", "Nodal Contact Person",
                "Compliance Officer", "Chief Compliance Officer", "Information Officer", "EU Representative",
                "UK Representative")) {
            ROLES.add(role, role, false);
            ROLES.add(role + "s", role, false);
        }
        ROLES.add("DPO", "Data Protection Officer", true);
        ROLES.add("DPOs", "Data Protection Officer", true);
        ROLES.add("EU Data Protection Representative", "EU Representative", false);
        ROLES.add("Representative in the EU", "EU Representative", false);
    }

    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Mx", "Dr", "Shri", "Smt", "Sri", "Prof", "Kum");
    /** Labels a name can follow ("Name: Rajesh Kumar"), matched by {@link #LABELLED}. */
    private static final Set<String> NAME_LABELS = Set.of("Name", "Contact");
    /** The first letters of HONORIFICS and NAME_LABELS: a word starting otherwise opens no name. */
    private static final String NAME_OPENER_INITIALS = java.util.stream.Stream.concat(HONORIFICS.stream(), NAME_LABELS.stream())
            .map(w -> w.substring(0, 1)).distinct().sorted().collect(java.util.stream.Collectors.joining());
    /** An honorific, then a space on the same line: "Ms\nMr" is a form's list of titles, not a person. */
    private static final String HONORIFIC = "(?<![A-Za-z])(?:Mr|Mrs|Ms|Mx|Dr|Shri|Smt|Sri|Prof|Kum)(?:\\.[ \\h]{0,2}|[ \\h]{1,2})";
    private static final String NAME_WORD = "[A-Z][A-Za-z'\u2019\\-]{1,30}";
    private static final String INITIAL = "[A-Z]\\.";
    /** One to four name parts; initials may come first ("R. K. Sharma") or between ("Priya R. Sharma"). */
    private static final String NAME = "(?:" + INITIAL + "[ \\t]{0,2}){0,3}" + NAME_WORD
            + "(?:[ \\t]{1,2}(?:" + INITIAL + "|" + NAME_WORD + ")){0,3}";  // a name stays on its line

    private static final Pattern WITH_HONORIFIC = Pattern.compile(HONORIFIC + "(?<name>" + NAME + ")");
    /** "Name: Rajesh Kumar" with a colon, the label first on its line or after punctuation ("Company Name:" is no person). */
    private static final Pattern LABELLED = Pattern.compile(
            "(?<![A-Za-z][ \\h]{0,2})(?<![A-Za-z])(?:Name|Contact Person|Contact Name)[ \\h]{0,2}:[\\s\\h]{0,3}(?<name>" + NAME + ")");
    /** What may follow a role to name its holder: a colon, dash, comma or "is", then a name. */
    private static final Pattern HOLDER = Pattern.compile(
            "[\\s\\h]{0,3}(?<sep>[:,\u2013-]|[\\s\\h]is[\\s\\h])?[\\s\\h]{0,3}(?:(?<honorific>" + HONORIFIC + ")|(?:Name[\\s\\h]{0,2}:[\\s\\h]{0,2}))?(?<name>" + NAME + ")");

    /** Words that end a name: a title, field label, company suffix or address word after it. */
    private static final Set<String> NOT_NAME = Set.of(
            "Grievance", "Officer", "Data", "Protection", "Privacy", "Nodal", "Compliance", "Designation",
            "Email", "E-mail", "Phone", "Tel", "Telephone", "Mobile", "Contact", "Address", "Fax", "Ph", "Name",
            "The", "Our", "For", "Your", "You", "We", "If", "At", "In", "On", "Of", "And", "Or", "To", "By",
            "Limited", "Ltd", "Pvt", "Private", "Inc", "LLP", "LLC", "Company", "Corporation", "Services",
            "Technologies", "Department", "Team", "Office", "Cell", "India", "Lanka", "Suite", "Floor", "Road",
            "Street", "Building", "Tower", "Not", "None", "Available", "Head", "Legal", "Manager", "Director",
            "Chief", "Executive", "Representative", "EMEA", "Cookie", "Cookies", "Policy", "Mr", "Mrs", "Ms",
            "Dr", "Miss", "Lankan", "Ste", "Unit", "GmbH", "AG", "SE", "SA", "PLC", "Plc", "BV", "Website", "Web");

    @Override
    public ValueKind kind() {
        return ValueKind.PERSON_OR_ROLE;
    }

    @Override
    public List<ValueMatch> scan(String text) {
        List<ValueMatch> out = new ArrayList<>();
        for (PhraseGazetteer.Hit role : ROLES.find(text)) {
            ValueMatch withHolder = roleWithHolder(text, role);
            out.add(withHolder != null ? withHolder
                    : ValueMatch.of(ValueKind.PERSON_OR_ROLE, role.value(), text, role.start(), role.end()));
        }
        Anchors.Scope scope = new Anchors.Scope(text);
        // Names start at an honorific or a "Name"/"Contact" label: try the patterns only there.
        Anchors.forEachRun(text, (start, end, digits) -> {
            if (digits || end - start > 7 || NAME_OPENER_INITIALS.indexOf(text.charAt(start)) < 0) return;  // no copy of other words
            String word = text.substring(start, end);
            if (HONORIFICS.contains(word) && !(word.equals("Dr") && afterStreetName(text, start))) {
                name(text, scope.around(WITH_HONORIFIC, start, start + 160), true, out);
            }
            if (NAME_LABELS.contains(word)) {
                name(text, scope.around(LABELLED, start, start + 160), false, out);
            }
        });
        return out;
    }

    /**
     * Is "Dr" at {@code at} the Drive of a street, after a house number and a capitalised name
     * ("12948 Huron Dr. Lusby")? A doctor after a number alone ("Room 5 Dr. Mehta") stays one.
     */
    private static boolean afterStreetName(String text, int at) {
        int i = at;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) i--;
        int nameEnd = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
        if (i == nameEnd || !Character.isUpperCase(text.charAt(i)) || i == 0 || text.charAt(i - 1) != ' ') return false;
        i--;
        while (i > 0 && text.charAt(i - 1) == ' ') i--;
        return i > 0 && Character.isDigit(text.charAt(i - 1));
    }

    /**
     * Adds the name the matcher finds at its start, once title and label words are cut off: one
     * word will do after an honorific (the match then starts at it), a bare labelled name needs two.
     */
    private static void name(String text, Matcher m, boolean honorific, List<ValueMatch> out) {
        if (m.lookingAt()) {
            int nameEnd = cutAtNonName(text, m.start("name"), m.end("name"), honorific ? 1 : 2);
            if (nameEnd < 0) return;
            int start = honorific ? m.start() : m.start("name");
            out.add(ValueMatch.of(ValueKind.PERSON_OR_ROLE, collapse(text.substring(m.start("name"), nameEnd)),
                    text, start, nameEnd));
        }
    }

    private static ValueMatch roleWithHolder(String text, PhraseGazetteer.Hit role) {
        Matcher m = HOLDER.matcher(text).region(role.end(), Math.min(text.length(), role.end() + 120));
        if (!m.lookingAt()) return null;
        boolean honorific = m.group("honorific") != null;
        String sep = m.group("sep");
        boolean labelled = honorific || (sep != null && !sep.equals(","));
        if (!labelled) return null;
        int nameEnd = cutAtNonName(text, m.start("name"), m.end("name"), honorific ? 1 : 2);
        if (nameEnd < 0) return null;
        return ValueMatch.of(ValueKind.PERSON_OR_ROLE, collapse(text.substring(m.start("name"), nameEnd)),
                text, role.start(), nameEnd);
    }

    /**
     * The end of the name once the first non-name word is dropped, or -1 if fewer than
     * {@code minWords} stay. A possessive ends the name ("Dr. Samet's Insights" → "Samet"), and so
     * does a field label run into it ("Jonathan WoonEmail" → "Jonathan Woon").
     */
    private static int cutAtNonName(String text, int start, int end, int minWords) {
        int words = 0;
        int kept = -1;
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) i++;
            int s = i;
            while (i < end && !Character.isWhitespace(text.charAt(i))) i++;
            String word = text.substring(s, i);
            if (NOT_NAME.contains(word) || NOT_NAME.contains(withoutTrailingPunctuation(word))) break;
            if (word.length() == 2 && Character.isUpperCase(word.charAt(1))) break;  // "NE", "IT": no name part
            int possessive = Math.max(word.indexOf("'s"), word.indexOf("\u2019s"));
            if (possessive > 0) {
                words++;
                kept = s + possessive;
                break;
            }
            int runIn = runInLabel(word);
            if (runIn > 0) {
                words++;
                kept = s + runIn;
                break;
            }
            words++;
            kept = i;
        }
        return words >= minWords ? kept : -1;
    }

    /** Where a label word glued to the end of a name starts ("WoonEmail" → 4), or -1. */
    private static int runInLabel(String word) {
        for (int k = 2; k < word.length() - 1; k++) {
            if (Character.isUpperCase(word.charAt(k)) && Character.isLowerCase(word.charAt(k - 1))
                    && NOT_NAME.contains(withoutTrailingPunctuation(word.substring(k)))) {
                return k;
            }
        }
        return -1;
    }

    private static String withoutTrailingPunctuation(String word) {
        return !word.isEmpty() && ".:,".indexOf(word.charAt(word.length() - 1)) >= 0 ? word.substring(0, word.length() - 1) : word;
    }

    private static String collapse(String s) {
        return Anchors.collapseSpaces(s);
    }
}
