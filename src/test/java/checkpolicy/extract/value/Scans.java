package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the whole scanner as callers do and checks what every test relies on: offsets that hold. */
final class Scans {

    static final ValueScanner SCANNER = new ValueScanner();

    private Scans() { }

    /** Every match, after checking each one's raw text is the text between its offsets. */
    static List<ValueMatch> all(String text) {
        List<ValueMatch> matches = SCANNER.scan(text);
        assertOffsets(text, matches);
        return matches;
    }

    static List<ValueMatch> of(String text, ValueKind kind) {
        return all(text).stream().filter(m -> m.kind() == kind).toList();
    }

    static List<String> normalized(String text, ValueKind kind) {
        return of(text, kind).stream().map(ValueMatch::normalized).toList();
    }

    /** The single match of {@code kind}; fails when there is none or more than one. */
    static ValueMatch only(String text, ValueKind kind) {
        List<ValueMatch> matches = of(text, kind);
        assertEquals(1, matches.size(), () -> "one " + kind + " expected in '" + text + "', got " + matches);
        return matches.get(0);
    }

    static void assertNone(String text, ValueKind kind) {
        List<ValueMatch> matches = of(text, kind);
        assertTrue(matches.isEmpty(), () -> "no " + kind + " expected in '" + text + "', got " + matches);
    }

    static void assertOffsets(String text, List<ValueMatch> matches) {
        for (ValueMatch m : matches) {
            assertTrue(m.start() >= 0 && m.end() <= text.length() && m.start() < m.end(), () -> "bad offsets " + m);
            assertEquals(text.substring(m.start(), m.end()), m.raw(), () -> "raw differs from text at offsets: " + m);
        }
    }
}
