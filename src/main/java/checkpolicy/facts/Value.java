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

    /** The topics of passages that say what is collected ({@link #isCollectedItem()}). */
    private static final Set<String> COLLECTION_TOPICS = Set.of("collection.data-items", "collection.automatic");

    /** Free web-mail services, by registered domain. */
    private static final Set<String> WEBMAIL = Set.of("gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.co.in",
            "hotmail.com", "hotmail.co.uk", "outlook.com", "live.com", "msn.com", "aol.com", "icloud.com", "me.com", "mail.com",
            "gmx.com", "gmx.de", "gmx.net", "web.de", "rediffmail.com", "protonmail.com", "proton.me", "yandex.com", "btinternet.com");

    /** Second-level domains under a country code that registrants sit below: "ac" in "reading.ac.uk". */
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
     * The registered domain a web or e-mail address is at, in lower case ("privacy.nike.com/form"
     * and "dpo@nike.com" are both at "nike.com", "reading.ac.uk" stays whole); null for other kinds.
     */
    public String site() {
        if (kind != ValueKind.URL && kind != ValueKind.EMAIL) return null;
        return siteOf(normalized);
    }

    /** The registered domain of a web or e-mail address, as {@link #site()} gives it for a value. */
    public static String siteOf(String address) {
        String host = hostOf(address);
        String[] labels = host.split("\\.");
        int keep = labels.length >= 3 && labels[labels.length - 1].length() == 2
                && SECOND_LEVELS.contains(labels[labels.length - 2]) ? 3 : 2;
        if (labels.length <= keep) return host;
        return String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
    }

    /**
     * The host of a web address or the domain of an e-mail address, in lower case:
     * "https://Privacy.Nike.com/form?x" and "DPO@nike.com" give "privacy.nike.com" and "nike.com".
     */
    public static String hostOf(String address) {
        return address.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^[^/@]*@", "")
                .replaceFirst("[/?#:].*$", "");
    }

    /**
     * Whether this web or e-mail address is at a domain registered under the same name as
     * {@code other}'s ({@link #site()}), or one that name begins: "www.hughes.com" and
     * "cp-abuse@hughes.net" are one business's, as are "incipiogroup.com" and "ccpa@incipio.com".
     */
    public boolean sameSiteAs(Value other) {
        return sameSite(site(), other.site());
    }

    /** {@link #sameSiteAs} for two sites ({@link #siteOf}); false when either is null. */
    public static boolean sameSite(String mine, String theirs) {
        if (mine == null || theirs == null) return false;
        String a = registeredName(mine);
        String b = registeredName(theirs);
        String shorter = a.length() <= b.length() ? a : b;
        return a.equals(b) || shorter.length() >= 4 && (a.startsWith(b) || b.startsWith(a));
    }

    /** "hughes" of "hughes.net", "reading" of "reading.ac.uk". */
    private static String registeredName(String site) {
        int dot = site.indexOf('.');
        return dot < 0 ? site : site.substring(0, dot);
    }

    /**
     * Is this an address at a free web-mail service ("shop@gmail.com")? It says nothing of which web
     * site is the business's own.
     */
    public boolean isWebmail() {
        return kind == ValueKind.EMAIL && WEBMAIL.contains(site());
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
