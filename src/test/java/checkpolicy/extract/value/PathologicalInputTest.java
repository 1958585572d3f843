package checkpolicy.extract.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A megabyte of one repeated pattern on a single line, built to make a backtracking pattern or
 * a quadratic walk blow up. Each must finish; the ten seconds are a tripwire, not a target.
 */
class PathologicalInputTest {

    private static final int MEGABYTE = 1 << 20;

    @ParameterizedTest(name = "\"{0}\" repeated")
    @ValueSource(strings = {
            "We collect your name, email address and phone number within 30 days of age 18 in India. ",
            "0123456789",
            "a@",
            "a.",
            "a",
            "1 ",
            "1-",
            "+1",
            "(1",
            "www.",
            "http://",
            "Mr. A ",
            "[at] ",
            "Road, ",
            "Mumbai 400001 ",
            " ",
            "-",
            "U.S.",
            "under the age of ",
            "thirty (30) ",
            "1/1/",
            "March 1, 2024 "})
    void aMegabyteOfOnePatternScansInLinearTime(String unit) {
        String text = unit.repeat(MEGABYTE / unit.length() + 1).substring(0, MEGABYTE);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Scans.all(text));
    }
}
