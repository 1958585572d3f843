package checkpolicy.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A web address written as who a site is ("Drumreagh.org") is no link to follow, nor a way to reach anyone. */
class SiteNameTest {

    private static final Span SPAN = new Span(1, 1, 1, 2, "x");

    private static Value url(String raw) {
        String normalized = raw.contains("://") ? raw : "https://" + raw;
        return new Value(ValueKind.URL, normalized, raw, SPAN, "contact.channel", 0, 0);
    }

    @Test
    void aDomainAloneIsASiteName() {
        assertTrue(url("Drumreagh.org").isSiteName());
        assertTrue(url("nike.com").isSiteName());
        assertTrue(url("reading.ac.uk").isSiteName());
        assertTrue(url("example.co.in/").isSiteName());
        assertFalse(url("Drumreagh.org").isChannel());
    }

    @Test
    void aSchemeWwwSubdomainOrPageMakesALink() {
        assertFalse(url("https://example.in").isSiteName());
        assertFalse(url("www.nike.com").isSiteName());
        assertFalse(url("privacy.nike.com").isSiteName());
        assertFalse(url("nike.com/privacy").isSiteName());
        assertTrue(url("nike.com/privacy").isChannel());
    }

    @Test
    void otherKindsAreNoSiteNames() {
        Value email = new Value(ValueKind.EMAIL, "a@nike.com", "a@nike.com", SPAN, null, 0, 0);
        assertFalse(email.isSiteName());
        assertTrue(email.isChannel());
    }
}
