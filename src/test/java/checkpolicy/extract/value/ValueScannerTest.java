package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueScannerTest {

    private static final String POLICY = """
            Last updated: 1 March 2024
            Grievance Officer: Ms. Priya Sharma, Email: grievance@example.in, Phone: +91 98765 43210
            Address: 4th Floor, Tower B, MG Road, Bengaluru, Karnataka 560001
            We collect your name and email address, and keep them for 3 years.
            We do not knowingly collect data of children under 18. Complaints are resolved within 30 days.
            Data may be transferred to the United States. This notice is also available in Hindi at www.example.in/hi.
            """;

    @Test
    void findsEveryKindInOnePolicy() {
        List<ValueMatch> matches = Scans.all(POLICY);
        for (ValueKind kind : ValueKind.values()) {
            assertTrue(matches.stream().anyMatch(m -> m.kind() == kind), "no " + kind + " in " + matches);
        }
    }

    @Test
    void sortsByStartThenKindAndIsDeterministic() {
        List<ValueMatch> first = Scans.all(POLICY);
        List<ValueMatch> sorted = new ArrayList<>(first);
        sorted.sort(ValueMatch.ORDER);
        assertEquals(sorted, first);
        assertEquals(first, new ValueScanner().scan(POLICY));
    }

    @Test
    void keepsTheLongestOfOverlappingMatchesOfOneKind() {
        String text = "abcdefghij";
        List<ValueMatch> kept = ValueScanner.keepLongest(List.of(
                ValueMatch.of(ValueKind.URL, "a", text, 0, 3),
                ValueMatch.of(ValueKind.URL, "b", text, 2, 8),
                ValueMatch.of(ValueKind.URL, "c", text, 7, 10),
                ValueMatch.of(ValueKind.URL, "d", text, 8, 10)));
        assertEquals(List.of("b", "d"), kept.stream().map(ValueMatch::normalized).toList());
    }

    @Test
    void onATieTheEarlierMatchStays() {
        String text = "abcdef";
        List<ValueMatch> kept = ValueScanner.keepLongest(List.of(
                ValueMatch.of(ValueKind.URL, "late", text, 2, 5),
                ValueMatch.of(ValueKind.URL, "early", text, 1, 4)));
        assertEquals(List.of("early"), kept.stream().map(ValueMatch::normalized).toList());
    }

    @Test
    void anAgeWinsOverThePeriodInsideIt() {
        String text = "ensure that you are above 13 Years while registering";
        assertEquals(List.of("13"), Scans.normalized(text, ValueKind.AGE));
        Scans.assertNone(text, ValueKind.DURATION);
    }

    @Test
    void differentKindsMayOverlap() {
        String text = "Email: info [at] contetra.com";
        assertEquals(List.of("info@contetra.com"), Scans.normalized(text, ValueKind.EMAIL));
        assertEquals(List.of("email address"), Scans.normalized(text, ValueKind.DATA_ITEM));
    }

    @Test
    void emptyTextHasNoValues() {
        assertEquals(List.of(), new ValueScanner().scan(""));
        assertEquals(List.of(), new ValueScanner().scan(null));
    }

    @Test
    void aMatchMustHoldItsOwnText() {
        assertThrows(IllegalArgumentException.class, () -> new ValueMatch(ValueKind.AGE, "18", "18", 5, 4));
        assertThrows(IllegalArgumentException.class, () -> new ValueMatch(ValueKind.AGE, "18", "18 ", 0, 2));
        assertThrows(NullPointerException.class, () -> new ValueMatch(null, "18", "18", 0, 2));
    }
}
