package checkpolicy.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How long a DURATION value is, as rules compare it with a law's deadlines. */
class DurationLengthTest {

    private static final Span SPAN = new Span(1, 1, 1, 2, "x");

    private static Value duration(String iso) {
        return new Value(ValueKind.DURATION, iso, iso, SPAN, "grievance", 0, 0);
    }

    @Test
    void daysCountMonthsAsThirtyAndHoursAsFractions() {
        assertEquals(30.0, duration("P1M").days());
        assertEquals(1.0, duration("PT24H").days());
        assertEquals(72.0, duration("P3D").hours());
    }

    @Test
    void minutesAreUnderAnHour() {
        assertEquals(13.0 / 60, duration("PT13M").hours(), 1e-9);
        assertTrue(duration("PT1H").hours() >= 1);
    }

    @Test
    void otherKindsHaveNoLength() {
        Value email = new Value(ValueKind.EMAIL, "a@b.in", "a@b.in", SPAN, null, 0, 0);
        assertTrue(Double.isNaN(email.days()));
        assertTrue(Double.isNaN(email.hours()));
    }
}
