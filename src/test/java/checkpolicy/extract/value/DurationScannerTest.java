package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DurationScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The Grievance Officer shall redress complaints within 30 days.   | P30D  | 30 days
            We will respond within 30 (thirty) days of receipt.              | P30D  | 30 (thirty) days
            Requests are answered within thirty (30) days.                   | P30D  | thirty (30) days
            Acknowledge within fifteen (15) days.                            | P15D  | fifteen (15) days
            Logs are kept for one month.                                     | P1M   | one month
            Logs are kept for a month.                                       | P1M   | a month
            Breaches are reported within 72 hours.                           | PT72H | 72 hours
            Tickets are closed in 48 hrs.                                    | PT48H | 48 hrs
            Records are retained for 3 years after closure.                  | P3Y   | 3 years
            Records are retained for three years after closure.              | P3Y   | three years
            Inactive accounts are deleted after six months.                  | P6M   | six months
            Refunds take two weeks.                                          | P14D  | two weeks
            Appeals are decided within 90 working days.                      | P90D  | 90 working days
            Appeals are decided within 10 business days.                     | P10D  | 10 business days
            Data is kept for a 12-month period.                              | P12M  | 12-month
            Monitoring runs for twenty-four hours.                           | PT24H | twenty-four hours
            We keep it for ninety days.                                      | P90D  | ninety days
            Sessions expire after 30 minutes.                                | PT30M | 30 minutes
            Data is kept for 12\\nmonths.                                    | P12M  | 12\\nmonths
            """)
    void findsPeriodsAsIso8601(String sentence, String expected, String raw) {
        String text = sentence.replace("\\n", "\n");
        ValueMatch m = Scans.only(text, ValueKind.DURATION);
        assertEquals(expected, m.normalized());
        assertEquals(raw.replace("\\n", "\n"), m.raw());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Children under 13 years of age may not register.",
            "Not for anyone under the age of 18 years.",
            "We require your age to ensure that you are above 13 Years while registering.",
            "Members must be 18 years old.",
            "Support is available 24 hours a day, 7 days a week.",
            "We send a newsletter once a month and a report twice a year.",
            "Last updated: 1 March 2024.",
            "We keep it for several days.",
            "Our average user visits 3x per year and views 5 pages per visit.",
            "Retailer reports a data breach\n55 minutes ago",
            "We updated this page 2 days ago."})
    void ignoresWhatIsNoPeriod(String sentence) {
        Scans.assertNone(sentence, ValueKind.DURATION);
    }

    @Test
    void aPeriodNextToAnAgeSurvives() {
        String text = "Users under 18 years of age; data is kept for 5 years.";
        assertEquals(List.of("P5Y"), Scans.normalized(text, ValueKind.DURATION));
        assertEquals(List.of("18"), Scans.normalized(text, ValueKind.AGE));
    }

    @Test
    void isoSpellingCoversEveryUnit() {
        assertEquals("P2D", DurationScanner.iso(2, "Days"));
        assertEquals("P21D", DurationScanner.iso(3, "weeks"));
        assertEquals("P14D", DurationScanner.iso(1, "fortnight"));
        assertEquals("P1M", DurationScanner.iso(1, "month"));
        assertEquals("P1Y", DurationScanner.iso(1, "yr"));
        assertEquals("PT5H", DurationScanner.iso(5, "hrs"));
        assertEquals("PT15M", DurationScanner.iso(15, "mins"));
    }
}
