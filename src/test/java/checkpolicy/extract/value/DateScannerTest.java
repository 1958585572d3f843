package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Last updated: 1 March 2024                                  | 2024-03-01 | 1 March 2024
            This policy was updated on March 1, 2024.                   | 2024-03-01 | March 1, 2024
            Effective from 1st March, 2024.                             | 2024-03-01 | 1st March, 2024
            Revised 2024-03-01 after review.                            | 2024-03-01 | 2024-03-01
            Effective Date: Jan 5, 2023                                 | 2023-01-05 | Jan 5, 2023
            Policy version of March 2024                                | 2024-03    | March 2024
            the privacy policy that was archived on 2013-11-01.         | 2013-11-01 | 2013-11-01
            Dated 5th of May 2022 at Mumbai.                            | 2022-05-05 | 5th of May 2022
            Updated Sept. 30, 2021.                                     | 2021-09-30 | Sept. 30, 2021
            Effective 01.03.2024 for all users.                         | 2024-03-01 | 01.03.2024
            Effective 26-Apr-2000 for all users.                        | 2000-04-26 | 26-Apr-2000
            """)
    void findsDatesAsIso(String sentence, String expected, String raw) {
        ValueMatch m = Scans.only(sentence, ValueKind.DATE);
        assertEquals(expected, m.normalized());
        assertEquals(raw, m.raw());
    }

    /** All-number dates read day/month/year unless only month/day can be a date. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            01/03/2024 | 2024-03-01
            25/12/2023 | 2023-12-25
            12/25/2023 | 2023-12-25
            5/6/2019   | 2019-06-05
            """)
    void numericDatesPreferDayFirst(String written, String expected) {
        assertEquals(expected, Scans.only("Effective " + written + ".", ValueKind.DATE).normalized());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Requires version 2.1.2024 of the app.",
            "Updated 31 February 2024.",
            "Call 022 2345 6789 or 1800 123 4567.",
            "Copyright 2019 Career Mitra.",
            "We may 2024 be updating this.",
            "Call 9876543210 today."})
    void ignoresWhatIsNoDate(String sentence) {
        Scans.assertNone(sentence, ValueKind.DATE);
    }
}
