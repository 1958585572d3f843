package checkpolicy.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which registered domain a web or e-mail address is at, so rules can tell a business's own link from another's. */
class SameSiteTest {

    private static final Span SPAN = new Span(1, 1, 1, 2, "x");

    private static Value url(String normalized) {
        return new Value(ValueKind.URL, normalized, normalized, SPAN, "contact.channel", 0, 0);
    }

    private static Value email(String address) {
        return new Value(ValueKind.EMAIL, address, address, SPAN, "contact.channel", 0, 0);
    }

    @Test
    void aSiteIsTheRegisteredDomain() {
        assertEquals("nike.com", url("https://privacy.nike.com/form?x=1").site());
        assertEquals("nike.com", email("dpo@mail.nike.com").site());
        assertEquals("reading.ac.uk", url("https://www.reading.ac.uk/privacy").site());
        assertEquals("example.co.in", url("https://example.co.in").site());
        assertNull(new Value(ValueKind.PHONE, "+911234567890", "1234567890", SPAN, null, 0, 0).site());
    }

    @Test
    void oneNameUnderTwoDomainsOrWithASuffixIsOneSite() {
        assertTrue(url("https://www.hughes.com").sameSiteAs(email("cp-abuse@hughes.net")));
        assertTrue(url("http://incipiogroup.com/ccpa-requests").sameSiteAs(email("CCPArequests@incipio.com")));
        assertTrue(email("privacy@example.co.in").sameSiteAs(url("https://www.example.com/contact")));
    }

    @Test
    void anotherBusinessIsAnotherSite() {
        assertFalse(url("https://www.usg.edu/records").sameSiteAs(email("copyright.notify@gatech.edu")));
        assertFalse(url("https://www.criteo.com/privacy").sameSiteAs(email("customerservice@duluthtrading.com")));
        // a name of three letters is too short to stand for a longer one
        assertFalse(url("https://x1rcorp.com").sameSiteAs(email("jeff@x1r.com")));
    }

    @Test
    void freeWebMailSaysNothingOfTheSite() {
        assertTrue(email("dougstubes@gmail.com").isWebmail());
        assertFalse(email("privacy@nike.com").isWebmail());
        assertFalse(url("https://gmail.com").isWebmail());
    }
}
