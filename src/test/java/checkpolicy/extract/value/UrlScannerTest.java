package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UrlScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            This privacy policy sets out how careermitra.com uses and protects information. | https://careermitra.com                      | careermitra.com
            We collect information at the time of registering on www.careermitra.com.      | https://www.careermitra.com                  | www.careermitra.com
            Read https://example.com/privacy, then decide.                                 | https://example.com/privacy                  | https://example.com/privacy
            See (https://en.wikipedia.org/wiki/Cookie_(computing)) for more.               | https://en.wikipedia.org/wiki/Cookie_(computing) | https://en.wikipedia.org/wiki/Cookie_(computing)
            the [original](https://web.archive.org/web/2013id_/http%3A//careermitra.com//privacy) | https://web.archive.org/web/2013id_/http%3A//careermitra.com//privacy | https://web.archive.org/web/2013id_/http%3A//careermitra.com//privacy
            Archived copy: http://mailmarketer.in/misc/privacy.html                       | http://mailmarketer.in/misc/privacy.html     | http://mailmarketer.in/misc/privacy.html
            products located in the mailmarketer.in domains                                | https://mailmarketer.in                      | mailmarketer.in
            CallingMumbai.com receives information voluntarily from you.                   | https://CallingMumbai.com                    | CallingMumbai.com
            Verify your number at uidai.gov.in/verify.                                     | https://uidai.gov.in/verify                  | uidai.gov.in/verify
            Visit WWW.EXAMPLE.ORG today                                                    | https://WWW.EXAMPLE.ORG                      | WWW.EXAMPLE.ORG
            To learn more, visit http://www.allaboutcookies.org.“Log files” track actions. | http://www.allaboutcookies.org               | http://www.allaboutcookies.org
            Opt out at http://optout.aboutads.info.(c) Information from third parties.     | http://optout.aboutads.info                  | http://optout.aboutads.info
            Do Not Track: see http://allaboutdnt.com.Children’s Privacy follows.          | http://allaboutdnt.com                       | http://allaboutdnt.com
            This site, https://www.example.com”, is ours.                                  | https://www.example.com                      | https://www.example.com
            Visit www.TheSite.com for details.                                             | https://www.TheSite.com                      | www.TheSite.com
            You can complain to the ICO at www.ico.org.ukChanges to this policy follow.    | https://www.ico.org.uk                       | www.ico.org.uk
            Shop at https://www.dougstubes.comDoug's Tubes since 1990.                     | https://www.dougstubes.com                   | https://www.dougstubes.com
            Visit www.eBay.com today.                                                      | https://www.eBay.com                         | www.eBay.com
            Visit www.usCompany.com today.                                                 | https://www.usCompany.com                    | www.usCompany.com
            Our server is http://example.com:8080/status if you need it.                   | http://example.com:8080/status               | http://example.com:8080/status
            """)
    void findsAddressesAndAddsTheScheme(String sentence, String expected, String raw) {
        ValueMatch m = Scans.only(sentence, ValueKind.URL);
        assertEquals(expected, m.normalized());
        assertEquals(raw, m.raw());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Download policy.txt or index.html or report.pdf.",
            "Some data, e.g. your name, i.e. what you type.",
            "Email info@contetra.com for help.",
            "We use cookies on our website.In addition we log visits.",
            "This is governed by U.S. law.",
            "Requires version 1.2.3 of the app.",
            "The domain is example.invalidtld here."})
    void ignoresWhatIsNoWebAddress(String sentence) {
        Scans.assertNone(sentence, ValueKind.URL);
    }
}
