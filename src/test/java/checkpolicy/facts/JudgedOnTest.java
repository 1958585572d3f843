package checkpolicy.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JudgedOnTest {

    private final JudgedOn asOf = new JudgedOn(LocalDate.of(2026, 8, 1), "--as-of");

    @Test
    void countsWholeMonthsBackFromTheJudgedDate() {
        assertEquals(5, asOf.monthsSince("2026-03-01"));
        assertEquals(11, asOf.monthsSince("2025-08-02"), "one day short of 12 months");
        assertEquals(12, asOf.monthsSince("2025-08-01"));
        assertEquals(-1, asOf.monthsSince("2026-09-15"), "a later date counts as recent");
    }

    @Test
    void aMonthAloneMeansItsLastDayAndGarbageNeverParses() {
        assertEquals(4, asOf.monthsSince("2026-03"), "2026-03-31 to 2026-08-01");
        assertEquals(Integer.MIN_VALUE, asOf.monthsSince("March"));
    }
}
