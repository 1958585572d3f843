package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhoneScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Grievance Officer, Phone: +91 98765 43210, Email: go@example.in   | +919876543210 | +91 98765 43210
            Tel: +91-22-1234-5678 (10 am to 6 pm)                            | +912212345678 | +91-22-1234-5678
            Registered office phone: 022 2345 6789.                          | +912223456789 | 022 2345 6789
            Call our toll-free number 1800 123 4567 on weekdays.             | 18001234567   | 1800 123 4567
            Call our toll-free number 1800-123-4567 on weekdays.             | 18001234567   | 1800-123-4567
            Mobile: 9876543210                                               | +919876543210 | 9876543210
            WhatsApp us on 98765-43210.                                      | +919876543210 | 98765-43210
            US customers may call +1 (800) 555-0199.                         | +18005550199  | +1 (800) 555-0199
            Write or call (415) 555-0100 during business hours.              | +14155550100  | (415) 555-0100
            Call 415-555-0100 or write to us.                                | +14155550100  | 415-555-0100
            Call 1-800-555-0199 toll free.                                   | +18005550199  | 1-800-555-0199
            Our London office: +44 20 7946 0958.                             | +442079460958 | +44 20 7946 0958
            Our London office: +44 (0)20 7946 0958.                          | +442079460958 | +44 (0)20 7946 0958
            Noida-201301, Uttar PradeshPh: +91-120-665 1500We request you    | +911206651500 | +91-120-665 1500
            Abroad dial 0044 20 7946 0958.                                   | +442079460958 | 0044 20 7946 0958
            Registered in England and Wales. Call us on 01255 870636.        | +441255870636 | 01255 870636
            Our offices in the UK and India: 0303 123 1113, Leeds, England.  | +443031231113 | 0303 123 1113
            Our UK office aside, call our Mumbai, India desk: 022 2345 6789. | +912223456789 | 022 2345 6789
            Tel: 62-21 53699200                                              | 622153699200  | 62-21 53699200
            Fax: 62-21 53503777                                              | 622153503777  | 62-21 53503777
            Ph. 08 8388 6583                                                 | 0883886583    | 08 8388 6583
            telephone: 1300 363 992                                          | 1300363992    | 1300 363 992
            """)
    void findsAndNormalisesNumbers(String sentence, String expected, String raw) {
        ValueMatch m = Scans.only(sentence, ValueKind.PHONE);
        assertEquals(expected, m.normalized());
        assertEquals(raw, m.raw());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Last updated on 2024-03-01.",
            "This policy is effective from 01/03/2024.",
            "Copyright 2019 Career Mitra.",
            "Nariman Point, Mumbai 400001",
            "Parliament Street, New Delhi 110 001",
            "The plan costs Rs. 1,500 per year, or $ 4155550100 in total.",
            "We make no effort to identify individual IP addresses such as 192.168.1.1.",
            "Requires version 2.3.1 or later.",
            "Our average user visits 3x per year and views 5 pages per visit.",
            "Call 1-800-FLOWERS to order.",
            "Aadhaar numbers look like 1234 5678 9012.",
            "Test card 4111 1111 1111 1111.",
            "ISBN 978-3-16-148410-0",
            "lcn0FSv9jZRuP+yg5kIAlyKVwiEEYq+RfcX6US7F+91/IvUE2JvxT79uV4Lf8qIOK3qgqC3",
            "https://web.archive.org/web/20131101221754id_/http%3A//careermitra.com//privacy",
            "See example.com/user/9876543210 for details.",
            "Pages 10 11 12 13 14 15 of the report.",
            "Open from 9 to 5, 6 days a week.",
            "Order 0000000000 is a placeholder.",
            "Phone: 1-800-323",
            "Telephone orders since 1998 2004 2011.",
            "Graph: 2019 2020 2021 2022",
            "Fax: 12"})
    void ignoresNumbersThatAreNoPhone(String sentence) {
        Scans.assertNone(sentence, ValueKind.PHONE);
    }

    @Test
    void aPinCodeBeforeANumberDoesNotHideIt() {
        String text = "Peninsula Towers, Mumbai 400001 022 2345 6789";
        assertEquals(List.of("+912223456789"), Scans.normalized(text, ValueKind.PHONE));
    }

    @Test
    void twoNumbersInARowAreTwoNumbers() {
        String text = "Call 9876543210 9876543211 anytime.";
        assertEquals(List.of("+919876543210", "+919876543211"), Scans.normalized(text, ValueKind.PHONE));
    }

    @Test
    void aBritishDocumentsNationalNumbersAreBritish() {
        assertEquals(TrunkCountry.UNITED_KINGDOM, TrunkCountry.of("Write to info@example.co.uk or visit our shop in Wales."));
        assertEquals(TrunkCountry.INDIA, TrunkCountry.of("Made in India by Example Pvt. Ltd., Bengaluru."));
        assertEquals(TrunkCountry.INDIA, TrunkCountry.of("Our UKRAINE office and our Indianapolis desk"), "no cue of either: India, as before");
    }
}
