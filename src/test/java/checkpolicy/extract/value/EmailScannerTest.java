package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmailScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            For questions or concerns related to this Privacy Policy, please email info@contetra.com. | info@contetra.com
            Write to our Grievance Officer at Grievance.Officer@Example.CO.IN for help.                 | grievance.officer@example.co.in
            You may reach the Data Protection Officer at privacy [at] example [dot] com.              | privacy@example.com
            Send your request to support(at)careermitra.com within 30 days.                           | support@careermitra.com
            Mail dpo {at} firm (dot) in for anything else.                                            | dpo@firm.in
            <a href="mailto:privacy@hybridtheory.com">privacy</a>                                     | privacy@hybridtheory.com
            Contact dataprotection@reachplc.com.This policy was updated.                              | dataprotection@reachplc.com
            Email first.last+policy@mail.example.co.uk, or call us.                                   | first.last+policy@mail.example.co.uk
            Please contact our Privacy Officer at privacy@dot.gov.DOT has conducted assessments.        | privacy@dot.gov
            Write to INFO@ACME.COM for a copy.                                                        | info@acme.com
            Write to info@Acme.co.UK for a copy.                                                      | info@acme.co.uk
            """)
    void findsAndNormalisesAddresses(String sentence, String expected) {
        assertEquals(expected, Scans.only(sentence, ValueKind.EMAIL).normalized());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Use the retina image logo@2x.png on the page.",
            "Follow us @careermitra on social media.",
            "Mail to root@localhost is not monitored.",
            "We keep the (at) sign out of addresses.",
            "Write to user@ and nothing else.",
            "An address like a@.com has no domain."})
    void ignoresWhatIsNoAddress(String sentence) {
        Scans.assertNone(sentence, ValueKind.EMAIL);
    }

    @Test
    void rawIsTheSpelledOutFormAsWritten() {
        String text = "Contact privacy [at] example [dot] com today.";
        ValueMatch m = Scans.only(text, ValueKind.EMAIL);
        assertEquals("privacy [at] example [dot] com", m.raw());
        assertEquals(text.indexOf("privacy"), m.start());
    }

    @Test
    void theDomainOfAnEmailIsNoUrl() {
        Scans.assertNone("Email info [at] contetra.com or info@contetra.com.", ValueKind.URL);
    }
}
