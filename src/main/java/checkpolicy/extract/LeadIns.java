package checkpolicy.extract;

import checkpolicy.extract.value.ValueMatch;
import checkpolicy.facts.ValueKind;
import checkpolicy.ingest.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Lead-ins and the address lines under them. A lead-in ends in a colon, "below." or "as
 * follows." ("you can contact our EU representative at:"); the lines after it that state an
 * address and are not prose are what it names, up to the first full sentence or
 * {@value #REACH} characters on.
 *
 * <p>A lead-in states the kinds of value it leads into, so "contact us at:" is a contact
 * passage; each address line knows its lead-in, so it can be read as naming what the lead-in names.
 */
final class LeadIns {

    /** How far after a lead-in the values it leads into may stand, in characters. */
    static final int REACH = 400;

    /** A sentence of this many words or more that ends in a full stop is prose, not an address line. */
    private static final int PROSE_WORDS = 6;

    /**
     * What a lead-in points to: the values that locate someone, which policies set out on
     * lines of their own. A list of data items after a colon is read through its list lead-in.
     */
    private static final Set<ValueKind> LED_IN = EnumSet.of(ValueKind.EMAIL, ValueKind.PHONE, ValueKind.POSTAL, ValueKind.URL);

    /** The values that reach someone, which a contact block sets out on lines of their own; a link alone is no contact block. */
    private static final Set<ValueKind> CONTACT = EnumSet.of(ValueKind.EMAIL, ValueKind.PHONE, ValueKind.POSTAL);

    private final List<Set<ValueKind>> kinds;
    private final int[] ledBy;
    private final boolean[] leadsIn;

    private LeadIns(List<Set<ValueKind>> kinds, int[] ledBy, boolean[] leadsIn) {
        this.kinds = kinds;
        this.ledBy = ledBy;
        this.leadsIn = leadsIn;
    }

    /** @param values the values each sentence states, by sentence index */
    static LeadIns of(List<Sentence> sentences, List<List<ValueMatch>> values) {
        int n = sentences.size();
        List<Set<ValueKind>> kinds = new ArrayList<>(n);
        int[] ledBy = new int[n];
        Arrays.fill(ledBy, -1);
        boolean[] leadsIn = new boolean[n];
        for (int i = 0; i < n; i++) {
            Set<ValueKind> stated = EnumSet.noneOf(ValueKind.class);
            values.get(i).forEach(m -> stated.add(m.kind()));
            Sentence lead = sentences.get(i);
            if (isLeadIn(lead.text())) {
                for (int j = i + 1; j < n && sentences.get(j).start() - lead.end() <= REACH; j++) {
                    boolean addressLine = false;
                    for (ValueMatch m : values.get(j)) {
                        if (LED_IN.contains(m.kind())) {
                            stated.add(m.kind());
                            addressLine = true;
                        }
                    }
                    if (isProse(sentences.get(j).text())) break;
                    if (addressLine) {
                        ledBy[j] = i;
                        leadsIn[i] = true;
                    }
                }
            }
            kinds.add(stated);
        }
        return new LeadIns(kinds, ledBy, leadsIn);
    }

    /** The kinds of value sentence {@code i} states, with those it leads into if it is a lead-in. */
    Set<ValueKind> kinds(int i) {
        return kinds.get(i);
    }

    /** The lead-in whose address line sentence {@code i} is, or -1. */
    int ledBy(int i) {
        return ledBy[i];
    }

    /** Whether sentence {@code i} leads into at least one address line. */
    boolean leadsIn(int i) {
        return leadsIn[i];
    }

    /**
     * Whether a line sets out contact values and nothing else a sentence would: "South Florida
     * Divers, Inc sfdidiver@gmail.com", "195 W. Pine Avenue Longwood, FL 32750 Fax: (407) 774-6151".
     */
    static boolean isValueLine(String sentence, List<ValueMatch> values) {
        if (isProse(sentence)) return false;
        for (ValueMatch m : values) if (CONTACT.contains(m.kind())) return true;
        return false;
    }

    /**
     * A full sentence ends what a lead-in names; an address line cut at "P.O." or "Inc." does not,
     * nor does one with a colon ("Attn: Privacy Officer").
     */
    private static boolean isProse(String sentence) {
        if (!(sentence.endsWith(".") || sentence.endsWith("?") || sentence.endsWith("!"))) return false;
        int words = 1;
        for (int i = 0; i < sentence.length(); i++) if (sentence.charAt(i) == ' ') words++;
        return words >= PROSE_WORDS;
    }

    /** "…contact us at:", "…at the addresses below.", "…as follows.": what follows is what it names. */
    private static boolean isLeadIn(String sentence) {
        return sentence.endsWith(":") || sentence.endsWith(" below.") || sentence.endsWith(" as follows.");
    }
}
