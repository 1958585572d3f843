package checkpolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The early read guesses the rule sets from every spelling picocli accepts, and stops where options stop. */
class EarlyStartTest {

    @Test
    void readsEverySpellingOfTheRuleSetOption() {
        assertEquals(List.of("dpdp-india", "gdpr", "ccpa", "coppa", "./mine"), EarlyStart.ruleSets(new String[] {
                "--ruleset", "dpdp-india", "-r", "gdpr", "--ruleset=ccpa", "-rcoppa", "--format", "json", "-r=./mine", "policy.txt"}));
    }

    @Test
    void fallsBackToTheDefaultAndIgnoresWhatFollowsTheEndOfOptions() {
        assertEquals(List.of(CheckOptions.DEFAULT_RULESET), EarlyStart.ruleSets(new String[] {"policy.txt"}));
        assertEquals(List.of(CheckOptions.DEFAULT_RULESET), EarlyStart.ruleSets(new String[] {"--", "--ruleset", "gdpr"}));
        assertEquals(List.of(CheckOptions.DEFAULT_RULESET), EarlyStart.ruleSets(new String[] {"--ruleset"}));
    }
}
