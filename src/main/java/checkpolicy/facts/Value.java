package checkpolicy.facts;

import java.time.Period;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

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

    /** Second-level domains under a country code that registrants sit below: "ac" in "reading.ac.uk". */
    /** The topics of passages that say what is collected ({@link #isCollectedItem()}). */
    private static final Set<String> COLLECTION_TOPICS = Set.of("collection.data-items", "collection.automatic");

    private static final Set<String> SECOND_LEVELS = Set.of("co", "com", "org", "net", "ac", "edu", "gov", "nic", "res", "firm", "gen", "ind");

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

    /**
     * Is this an item of personal data the policy says is collected: a data item named in a passage
     * about what is collected, given or gathered automatically ("IP address, browser type and pages
     * visited"). Not one named elsewhere: "e-mail address" in "contact us at the e-mail address
     * below" itemises nothing, nor does a login form's "Password", which reads only as sensitive
     * data. For rules that count the items a policy lists: {@code Value(isCollectedItem(), $n : normalized)}.
     */
    public boolean isCollectedItem() {
        return kind == ValueKind.DATA_ITEM && topic != null && COLLECTION_TOPICS.contains(topic);
    }

    /**
     * Is this a way to reach someone: an email, phone, postal address or web address? A site's name
     * ({@link #isSiteName()}) is not one.
     */
    public boolean isChannel() {
        return kind == ValueKind.EMAIL || kind == ValueKind.PHONE || kind == ValueKind.POSTAL
                || kind == ValueKind.URL && !isSiteName();
    }

    /**
     * Is this web address written as a site's name: a domain alone, with no scheme, no "www." and no
     * page ("Drumreagh.org", "nike.com", "reading.ac.uk")? Policies write it as who they are
     * ("Copyright 2016 Drumreagh.org", "DeliDirect.com and its affiliates provide") far more often
     * than as a link to follow; "www.nike.com", "privacy.nike.com" and "nike.com/privacy" are links.
     */
    public boolean isSiteName() {
        if (kind != ValueKind.URL || raw.contains("://") || raw.regionMatches(true, 0, "www.", 0, 4)) return false;
        String host = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        if (host.indexOf('/') >= 0 || host.indexOf('?') >= 0 || host.indexOf('#') >= 0) return false;
        String[] labels = host.split("\\.");
        if (labels.length == 2) return true;
        // a country's second level: "reading.ac.uk", "example.co.in"
        return labels.length == 3 && labels[2].length() == 2 && SECOND_LEVELS.contains(labels[1].toLowerCase(Locale.ROOT));
    }
}
