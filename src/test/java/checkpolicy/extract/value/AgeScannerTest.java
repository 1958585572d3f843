package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgeScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Our services are not meant for persons under 18.                          | 18 | under 18
            We do not knowingly collect data from anyone under the age of 18.         | 18 | under the age of 18
            Users below 16 years need a parent's consent.                             | 16 | below 16 years
            We require your age to ensure that you are above 13 Years while registering. | 13 | above 13 Years
            You must be 13 years of age to register.                                  | 13 | 13 years of age
            The service is open to users aged 16 or older.                            | 16 | aged 16 or older
            We do not sell data of minors (under 18).                                 | 18 | under 18
            It is not directed to children under thirteen.                            | 13 | under thirteen
            Members must be 18 years or older.                                        | 18 | 18 years or older
            You must be at least 16 to sign up.                                       | 16 | at least 16
            Users must be at least 18 years old.                                      | 18 | at least 18 years old
            This site is for visitors 18+ only.                                       | 18 | 18+
            We do not collect information from children under 10 without consent.     | 10 | under 10
            The minimum age of 16 applies in the EU.                                  | 16 | age of 16
            Children under 16 years of age may not wait at the pool.                  | 16 | under 16 years of age
            """)
    void findsAges(String sentence, String expected, String raw) {
        ValueMatch m = Scans.only(sentence, ValueKind.AGE);
        assertEquals(expected, m.normalized());
        assertEquals(raw, m.raw());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Passwords must be at least 16 characters long.",
            "We operate in over 20 countries.",
            "Under section 12 of the Act you may complain.",
            "Logs are kept for over 3 years.",
            "Under Article 21 of the GDPR you may object.",
            "See page 13 for details.",
            "We will respond within 30 days.",
            "Our app has more than 18 features.",
            "You can rate us 18.5 out of 20.",
            "We bring experience of over 20 years.",
            "Visit us at 50 Old Road.",
            "With 20+ years of service."})
    void ignoresNumbersThatAreNoAge(String sentence) {
        Scans.assertNone(sentence, ValueKind.AGE);
    }
}
