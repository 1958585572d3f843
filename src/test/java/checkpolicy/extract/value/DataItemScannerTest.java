package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataItemScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            We collect your name, email address and mobile number.                 | name;email address;phone number
            Your Name, Your Age, Contact information including Email address & Mobile number | name;age;email address;phone number
            We collect information such as IP address, browser type and version, and pages you view. | ip address;browser type;browsing history
            Please give your date of birth; parents give their dates of birth.    | date of birth;date of birth
            Upload your PAN card, or quote your PAN and Aadhaar number.           | pan;pan;aadhaar
            When we collect credit card numbers we use encryption.                | credit card details
            User IDs and security data: usernames, passwords, email addresses.    | username;username;password;email address
            Share your Email id, Mobile No. and Address of your house.            | email address;phone number;postal address
            We use your billing address and IP addresses.                         | postal address;ip address
            Personal identity information: such as age, gender, marital status.   | age;gender;marital status
            We collect e-mail addresses and geolocation data.                     | email address;location
            """)
    void findsItemsByTheirCanonicalNames(String sentence, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), Scans.normalized(sentence, ValueKind.DATA_ITEM));
    }

    @Test
    void theLongestPhraseWinsAndKeepsItsRawText() {
        ValueMatch m = Scans.only("Give us your Mobile No. please", ValueKind.DATA_ITEM);
        assertEquals("Mobile No.", m.raw());
        assertEquals("phone number", m.normalized());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Register a domain name or company name with us.",
            "We respond promptly to address any grievance or concerns you may have.",
            "This service is not for anyone under the age of 18.",
            "Please contact us by email.",
            "Our mobile apps work offline.",
            "Welcome to the digital age.",
            "We use physical security measures such as biometric door locks.",
            "The frying pan is hot."})
    void ignoresLookAlikes(String sentence) {
        Scans.assertNone(sentence, ValueKind.DATA_ITEM);
    }

    @Test
    void catalogueHasDistinctLowerCaseItemsAndLoadsOnce() {
        DataItemScanner.Catalogue catalogue = DataItemScanner.load();
        List<String> names = catalogue.items().stream().map(DataItemScanner.Item::item).toList();
        Set<String> distinct = new HashSet<>(names);
        assertEquals(names.size(), distinct.size(), "duplicate item names");
        assertTrue(names.size() >= 60 && names.size() <= 100, "about 60-100 items, got " + names.size());
        names.forEach(n -> assertEquals(n.toLowerCase(), n, "canonical names are lower-case"));
        assertTrue(names.containsAll(List.of("name", "email address", "phone number", "postal address", "age")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            email address | email addresses
            date of birth | dates of birth
            call log      | call logs
            browsing history | browsing histories
            marital status | marital statuses
            biometrics    | biometrics
            mobile no.    | mobile no.
            """)
    void pluralsChangeTheHeadWord(String phrase, String plural) {
        assertEquals(plural, DataItemScanner.plural(phrase));
    }
}
