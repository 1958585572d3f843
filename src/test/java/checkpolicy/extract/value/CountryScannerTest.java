package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountryScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Your data may be stored in India or other countries.      | India                  | India
            We transfer data to the United States.                    | United States          | United States
            Our servers are in the USA.                               | United States          | USA
            This is governed by U.S. law.                             | United States          | U.S
            Our US-based processors comply.                           | United States          | US
            Data may be held in the United Kingdom.                   | United Kingdom         | United Kingdom
            Our UK office handles requests.                           | United Kingdom         | UK
            The courts of England have jurisdiction.                  | United Kingdom         | England
            Residents of the European Union have rights.              | European Union         | European Union
            Residents of the EU have rights.                          | European Union         | EU
            Transfers outside the EEA are safeguarded.                | European Economic Area | EEA
            Our hosting is in Singapore.                              | Singapore              | Singapore
            Our affiliate in the Netherlands processes it.            | Netherlands            | Netherlands
            A partner in the Republic of Korea helps us.              | South Korea            | Republic of Korea
            A partner in Papua New Guinea helps us.                   | Papua New Guinea       | Papua New Guinea
            Data goes to Türkiye for support.                         | Turkey                 | Türkiye
            Data is stored in Georgia. Our office is small.           | Georgia                | Georgia
            """)
    void findsCountries(String sentence, String expected, String raw) {
        ValueMatch m = Scans.only(sentence, ValueKind.COUNTRY);
        assertEquals(expected, m.normalized());
        assertEquals(raw, m.raw());
    }

    @Test
    void bothSidesOfAPairAreCountries() {
        assertEquals(List.of("European Union", "United States"),
                Scans.normalized("We relied on the EU-US Privacy Shield.", ValueKind.COUNTRY));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Please let us know and contact us.",
            "CONTACT US",
            "ABOUT US | PRIVACY",
            "Our office in New Mexico and New Jersey.",
            "Indian law applies.",
            "We ship to Indiana.",
            "Our guinea pig mascot. Our Guinea Pig mascot.",
            "we use english and india in lower case",
            "This policy applies to the Georgia Genealogical Society website.",
            "Our Indian arm, Acme India Private Limited, runs the site.",
            "Parcels go by Canada Post."})
    void ignoresWhatIsNoCountry(String sentence) {
        Scans.assertNone(sentence, ValueKind.COUNTRY);
    }
}
