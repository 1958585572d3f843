package checkpolicy.facts;

import java.time.Period;
import java.time.Duration;

/**
 * A concrete value stated in the policy.
 *
 * <p>{@code normalized} has one spelling per kind so rules can compare: EMAIL lower-case;
 * PHONE digits with a leading {@code +} and country code where known; URL as written with a
 * scheme added; DATE ISO-8601 ({@code 2024-03-01}); DURATION ISO-8601 ({@code P30D}, {@code P1M},
 * {@code PT72H}); AGE whole years ({@code 18}); COUNTRY and LANGUAGE their English name;
 * DATA_ITEM a lower-case item name ({@code email address}).
 *
 * @param topic the topic of the passage the value stands in ("90 days" under the grievance
 *              heading is a grievance deadline), or {@code null} when the passage has none
 */
public record Value(ValueKind kind, String normalized, String raw, Span evidence, String topic, int section, int sentence) {

    /** Length of a DURATION in days (a month counts 30, a year 365, an hour 1/24); NaN for other kinds. */
    public double days() {
        if (kind != ValueKind.DURATION) return Double.NaN;
        try {
            if (normalized.startsWith("PT")) {
                return Duration.parse(normalized).toMinutes() / (24.0 * 60);
            }
            Period p = Period.parse(normalized);
            return p.getYears() * 365.0 + p.getMonths() * 30.0 + p.getDays();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * Length of a DURATION in hours; NaN for other kinds. A deadline for answering people is at
     * least an hour: "13 min." beside a complaints heading is an ER wait time, not a response period.
     */
    public double hours() {
        return days() * 24;
    }

    /** The age in whole years for an AGE value; -1 for other kinds. */
    public int years() {
        if (kind != ValueKind.AGE) return -1;
        try {
            return Integer.parseInt(normalized);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Whether this value stands beside a passage: in its section, from {@code before} sentences
     * before it to {@code after} after ("the e-mail address under the officer's name"). For rules:
     * {@code Value(isChannel(), near($officer, 2, 6))}.
     */
    public boolean near(Disclosure passage, int before, int after) {
        return passage.around(section, sentence, before, after);
    }

    /** Is this a way to reach someone: an email, phone, postal address or web address? */
    public boolean isChannel() {
        return kind == ValueKind.EMAIL || kind == ValueKind.PHONE || kind == ValueKind.POSTAL || kind == ValueKind.URL;
    }
}
