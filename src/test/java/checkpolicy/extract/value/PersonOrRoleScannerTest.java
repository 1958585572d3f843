package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonOrRoleScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Grievance Officer: Ms. Priya Sharma                         | Priya Sharma            | Grievance Officer: Ms. Priya Sharma
            Name: Mr. Rajesh Kumar                                      | Rajesh Kumar            | Mr. Rajesh Kumar
            Name: Rajesh Kumar                                          | Rajesh Kumar            | Rajesh Kumar
            Please write to Smt. Lakshmi Iyer at the address below.     | Lakshmi Iyer            | Smt. Lakshmi Iyer
            The Privacy Officer is Steven Smith.                        | Steven Smith            | Privacy Officer is Steven Smith
            Nodal Officer - Shri R. K. Gupta                            | R. K. Gupta             | Nodal Officer - Shri R. K. Gupta
            You may contact our Data Protection Officer by email.       | Data Protection Officer | Data Protection Officer
            Complaints go to the grievance officer of the company.      | Grievance Officer       | grievance officer
            Our Chief Privacy Officer oversees this policy.             | Chief Privacy Officer   | Chief Privacy Officer
            The Nodal Contact Person will respond.                      | Nodal Contact Person    | Nodal Contact Person
            Our Compliance Officer reviews requests.                    | Compliance Officer      | Compliance Officer
            Our EU Representative can be reached by post.               | EU Representative       | EU Representative
            Questions? Ask the DPO.                                     | Data Protection Officer | DPO
            Clinic hours: Room 5 Dr. Anil Mehta, weekdays               | Anil Mehta              | Dr. Anil Mehta
            """)
    void findsNamesAndRoles(String sentence, String expected, String raw) {
        ValueMatch m = Scans.only(sentence, ValueKind.PERSON_OR_ROLE);
        assertEquals(expected, m.normalized());
        assertEquals(raw, m.raw());
    }

    @Test
    void aRoleAndAPersonApartAreTwoValues() {
        assertEquals(List.of("Anil Mehta", "Data Protection Officer"),
                Scans.normalized("Dr. Anil Mehta is our DPO.", ValueKind.PERSON_OR_ROLE));
    }

    @Test
    void aLabelRunIntoTheNameIsCutOff() {
        String text = "Data Protection Officer:\nName: Jonathan WoonEmail: jw@example.com";
        assertEquals(List.of("Jonathan Woon"), Scans.normalized(text, ValueKind.PERSON_OR_ROLE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Our partners include Sri Lankan and Indian firms.",
            "Title: Mr\nMs\nDr",
            "Company Name: Contetra Private Limited",
            "4530 Connecticut Ave, Dr NE Suite 111",
            "CONTACT US Oasis Grafx 12948 Huron Dr. Lusby, MD 20657",
            "Open the file in Microsoft Word."})
    void ignoresWhatIsNoPerson(String sentence) {
        Scans.assertNone(sentence, ValueKind.PERSON_OR_ROLE);
    }
}
