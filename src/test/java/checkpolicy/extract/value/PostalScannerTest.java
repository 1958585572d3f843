package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostalScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Registered Office: 4th Floor, Tower B, MG Road, Bengaluru, Karnataka 560001            | 4th Floor, Tower B, MG Road, Bengaluru, Karnataka 560001
            Address: 12, Nariman Point, Mumbai - 400001                                             | 12, Nariman Point, Mumbai - 400001
            Our office is located at 5 Parliament Street, New Delhi 110 001.                        | 5 Parliament Street, New Delhi 110 001
            Kamala Mills, Lower Parel, Mumbai-400013 Maharashtra, India Ph: +91 22 4001 9000         | Kamala Mills, Lower Parel, Mumbai-400013 Maharashtra, India
            You may also write to us at 275 Grove Street, Newton, MA 02466.                         | 275 Grove Street, Newton, MA 02466
            Acme Inc., 1 Market Street, San Francisco, California 94105, USA                        | Acme Inc., 1 Market Street, San Francisco, California 94105, USA
            Post: 8 King Edward Street, Oxford, OX1 4HL                                             | 8 King Edward Street, Oxford, OX1 4HL
            Plot 5, Phase 2, Baddi, Solan 173205                                                    | Plot 5, Phase 2, Baddi, Solan 173205
            Write to: Privacy Office, 40 West 20th Street, New York NY 10011.                       | Privacy Office, 40 West 20th Street, New York NY 10011
            Our EU representative is Example GmbH, Westendstrasse 28, 60325 Frankfurt am Main, Germany. | Example GmbH, Westendstrasse 28, 60325 Frankfurt am Main, Germany
            EU representative: Example GmbH, Westendstrasse 28, 60325 Frankfurt am Main, Germany.   | Example GmbH, Westendstrasse 28, 60325 Frankfurt am Main, Germany
            ResearchGate GmbH Chausseestr. 20 10115 Berlin, Germany                                 | ResearchGate GmbH Chausseestr. 20 10115 Berlin, Germany
            Booking.com B.V., Herengracht 597, 1017 CE Amsterdam, The Netherlands                   | Booking.com B.V., Herengracht 597, 1017 CE Amsterdam, The Netherlands
            Acme SAS, 12 rue de la Paix, F-75002 Paris, France                                      | Acme SAS, 12 rue de la Paix, F-75002 Paris, France
            Wix Online Platforms Limited 1 Grant's Row Dublin 2 D02HX96, Ireland                    | Wix Online Platforms Limited 1 Grant's Row Dublin 2 D02HX96, Ireland
            Unit 3D North Point House, New Mallow Road, Cork T23 AT2P, Ireland                      | Unit 3D North Point House, New Mallow Road, Cork T23 AT2P, Ireland
            Comments should be addressed to info@hhforcats.org or 2914 N. Elston Ave., Chicago, IL 60618 | 2914 N. Elston Ave., Chicago, IL 60618
            Notices must be sent in writing, by letter, to The Economist Group, The Adelphi, 1-11 John Adam Street, London, WC2N 6HT | The Economist Group, The Adelphi, 1-11 John Adam Street, London, WC2N 6HT
            To ask for your information, please contact Data Protection Officer, Aviform Ltd, Chestnut Drive, Wymondham, NR18 9SB | Data Protection Officer, Aviform Ltd, Chestnut Drive, Wymondham, NR18 9SB
            If the law requires us to appoint a legal representative in the EEA, the representative for the EEA will be IBM International Group B.V., Johan Huizingalaan 765, 1066 VH Amsterdam, The Netherlands | IBM International Group B.V., Johan Huizingalaan 765, 1066 VH Amsterdam, The Netherlands
            Contact us using the information below.Terracon Consultants, Inc. 10841 S. Ridgeview Road Olathe, KS 66061 | Terracon Consultants, Inc. 10841 S. Ridgeview Road Olathe, KS 66061
            Questions may be sent to noelb@wsba.orgWashington State Bar Association, 1325 Fourth Ave., Suite 600, Seattle, WA 98101 | Washington State Bar Association, 1325 Fourth Ave., Suite 600, Seattle, WA 98101
            Write to the Kansas Commission on Veterans Affairs, 700 SW Jackson, Suite 1004, Topeka, KS 66603 | Kansas Commission on Veterans Affairs, 700 SW Jackson, Suite 1004, Topeka, KS 66603
            To see your data, send proof of your identity by post to The Data Protection Officer, The Royal Botanic Gardens, Kew, Richmond, TW9 3AE. | The Data Protection Officer, The Royal Botanic Gardens, Kew, Richmond, TW9 3AE
            Our office, 2nd floor, near City Mall, opp. bus stand, Andheri East, Mumbai 400069        | Our office, 2nd floor, near City Mall, opp. bus stand, Andheri East, Mumbai 400069
            """)
    void readsTheAddressBackFromItsPostcode(String sentence, String expected) {
        assertEquals(expected, Scans.only(sentence, ValueKind.POSTAL).normalized());
    }

    @Test
    void takesInTheAddressLinesAboveAndCollapsesWhiteSpace() {
        String text = "8. Contact Us\n\nContetra Private Limited\n12, MG Road,\nBengaluru 560001\nIndia\n";
        ValueMatch m = Scans.only(text, ValueKind.POSTAL);
        assertEquals("Contetra Private Limited 12, MG Road, Bengaluru 560001", m.normalized());
        assertEquals("Contetra Private Limited\n12, MG Road,\nBengaluru 560001", m.raw());
    }

    @Test
    void theQuotedAddressStartsAfterTheNoBreakSpacesBeforeIt() {
        String text = "Group Address:\u00a0\u00a0 \u00a0FAO the Data Protection Officer, Clarion Events, 69-79 Fulham High Street, London, SW6 3JW";
        assertEquals("FAO the Data Protection Officer, Clarion Events, 69-79 Fulham High Street, London, SW6 3JW",
                Scans.only(text, ValueKind.POSTAL).raw());
    }

    @Test
    void aStopBeforeANoBreakSpaceEndsTheSentenceBeforeTheAddress() {
        String text = "You may contact us using the information below.\u00a0\tRoll Roy B.V.\tWesthavenweg 87\t1042 BA\tAmsterdam\tThe Netherlands";
        assertEquals("Roll Roy B.V. Westhavenweg 87 1042 BA Amsterdam The Netherlands", Scans.only(text, ValueKind.POSTAL).normalized());
    }

    @Test
    void neverReachesFurtherBackThanTwoHundredCharacters() {
        String text = "Floor ".repeat(60) + "Road, Mumbai 400001";
        ValueMatch m = Scans.only(text, ValueKind.POSTAL);
        assertEquals(text.length(), m.end());
        assertTrue(m.end() - m.start() <= AddressStart.MAX_BACK + 6, () -> "too long: " + m.raw().length());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Your order number 400001 has shipped.",
            "We have 560001 registered users in India.",
            "Call 022 2345 6789 for help.",
            "Dates: 2024-03-01, 01/03/2024, version 2.3.1, PIN 400001",
            "copyright 2019, all rights reserved, 400001",
            "The reference is SW1A 1AA in the spreadsheet.",
            "Under section 5 of the Act, form NY 10003 must be filed on Floor 2.",
            "Our team of Main Street volunteers OK 12345 times a year.",
            "Call us on +49 30 1234 5678 Berlin, Germany office hours apply.",
            "Since 2015 Amsterdam, Netherlands has hosted the event.",
            "We had 12000 Visitors, Germany leading, in May."})
    void ignoresNumbersThatAreNoPostcode(String sentence) {
        Scans.assertNone(sentence, ValueKind.POSTAL);
    }
}
