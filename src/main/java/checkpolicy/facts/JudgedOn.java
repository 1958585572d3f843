package checkpolicy.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The date a policy is judged as of, for requirements that compare dates ("updated at least every
 * 12 months"): the {@code --as-of} date, or else the date an archived copy was captured. Never the
 * clock, so the same input gives the same report; without either date no such fact exists and
 * rules can only check that a date is given.
 *
 * @param source "--as-of" or "archived copy", for messages
 */
public record JudgedOn(LocalDate date, String source) {

    /**
     * Whole months from an ISO date ({@code 2024-03-01}, or {@code 2024-03} meaning its last day)
     * to the judged date; negative when the date is later, {@link Integer#MIN_VALUE} when it does
     * not parse.
     */
    public int monthsSince(String isoDate) {
        try {
            LocalDate d = isoDate.length() == 7 ? YearMonth.parse(isoDate).atEndOfMonth() : LocalDate.parse(isoDate);
            return (int) ChronoUnit.MONTHS.between(d, date);
        } catch (DateTimeParseException e) {
            return Integer.MIN_VALUE;
        }
    }
}
