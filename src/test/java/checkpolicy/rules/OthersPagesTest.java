package checkpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
