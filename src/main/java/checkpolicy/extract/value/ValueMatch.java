package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;

import java.util.Comparator;
import java.util.Objects;

/**
 * One value found in a scanned string, before anyone has given it a topic or a {@code Span}.
 *
 * @param kind       what sort of value it is
 * @param normalized its one spelling per kind, as {@link checkpolicy.facts.Value} documents
 * @param raw        the text as it reads, always {@code text.substring(start, end)}
 * @param start      offset of the first character in the scanned string
 * @param end        offset just after the last character (exclusive)
 */
public record ValueMatch(ValueKind kind, String normalized, String raw, int start, int end) {

    /** Start, then kind, then end: the order {@link ValueScanner#scan} returns. */
    public static final Comparator<ValueMatch> ORDER = Comparator.comparingInt(ValueMatch::start)
            .thenComparing(ValueMatch::kind)
            .thenComparingInt(ValueMatch::end)
            .thenComparing(ValueMatch::normalized);

    public ValueMatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(raw, "raw");
        if (start < 0 || end <= start || raw.length() != end - start) {
            throw new IllegalArgumentException("bad match " + kind + " [" + start + "," + end + ") '" + raw + "'");
        }
    }

    /** A match of {@code text} between the offsets, its raw text taken from there. */
    static ValueMatch of(ValueKind kind, String normalized, String text, int start, int end) {
        return new ValueMatch(kind, normalized, text.substring(start, end), start, end);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(ValueMatch other) {
        return start < other.end && other.start < end;
    }
}
