package checkpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.facts.Span;
import checkpolicy.facts.Value;
import checkpolicy.facts.ValueKind;
import org.junit.jupiter.api.Test;

class OthersPagesTest {

    @Test
    void industryOptOutsRegulatorsAndBrowserHelpAreSomeoneElses() {
        assertTrue(OthersPages.contains("http://optout.aboutads.info/?c=2&lang=EN"));
        assertTrue(OthersPages.contains("www.networkadvertising.org/choices"));
        assertTrue(OthersPages.contains("https://tools.google.com/dlpage/gaoptout"));
        assertTrue(OthersPages.contains("Google.com"));
        assertTrue(OthersPages.contains("https://ico.org.uk/make-a-complaint/"));
        assertTrue(OthersPages.contains("https://www.oag.ca.gov/privacy/ccpa"));
        assertTrue(OthersPages.contains("http://www.cookiecentral.com/"), "a cookie guide");
        assertTrue(OthersPages.contains("http://www.addthis.com/privacy/opt-out"), "a plug-in provider's opt-out");
        assertTrue(OthersPages.contains("https://www.datatilsynet.dk"), "a European regulator");
        assertTrue(OthersPages.contains("http://www.privacy.gov.au/"), "the Australian regulator's former address");
        assertTrue(OthersPages.contains("https://aim.yahoo.com/aim/us/en/optout/index.htm"), "an ad network's opt-out");
        assertTrue(OthersPages.contains("http://www.consumerfinance.gov/complaint"), "a US regulator");
    }

    @Test
    void aBusinesssOwnPagesAndLookAlikesAreNot() {
        assertFalse(OthersPages.contains("https://example.in/privacy-centre"));
        assertFalse(OthersPages.contains("https://privacy.shopify.com/requests"));
        // a host that only ends in the same letters is not the same host
        assertFalse(OthersPages.contains("https://notgoogle.com/privacy"));
        assertFalse(OthersPages.contains("https://www.google.co.uk.example.net/form"));
        assertFalse(OthersPages.contains("https://ca.gov/x"));
    }

    @Test
    void anEmailAddressIsAtItsHost() {
        assertTrue(OthersPages.contains("casework@ico.org.uk"));
        assertTrue(OthersPages.contains("info@dataprotection.ie"));
        assertFalse(OthersPages.contains("dpo@example.co.uk"));
        // the part before the @ is no host
        assertFalse(OthersPages.contains("ico.org.uk@example.in"));
    }

    @Test
    void aLinkOrAddressCanBeTheirsAPhoneOrPostalAddressNever() {
        Span span = new Span(1, 1, 1, 2, "x");
        assertTrue(OthersPages.isTheirs(new Value(ValueKind.EMAIL, "casework@ico.org.uk", "casework@ico.org.uk", span, null, 0, 0)));
        assertTrue(OthersPages.isTheirs(new Value(ValueKind.URL, "https://ico.org.uk/concerns", "ico.org.uk/concerns", span, null, 0, 0)));
        assertFalse(OthersPages.isTheirs(new Value(ValueKind.EMAIL, "dpo@example.co.uk", "dpo@example.co.uk", span, null, 0, 0)));
        // a postal address that happens to name the host is still an address, not a page
        assertFalse(OthersPages.isTheirs(new Value(ValueKind.POSTAL, "ico.org.uk, Wycliffe House, Wilmslow SK9 5AF",
                "ico.org.uk, Wycliffe House, Wilmslow SK9 5AF", span, null, 0, 0)));
    }
}
