package checkpolicy.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words Porter would fold together though they mean different things keep apart; their own forms still meet. */
class TokenizerStemsTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @ParameterizedTest
    @CsvSource({
        "us, use", "us, used", "ads, added", "ad, adding", "officer, office", "controller, controls",
        "international, internal", "securities, security", "community, communicate", "periodically, period",
        "responsible, response", "represents, representative", "merchantability, merchants",
        "personal, person", "personalized, personal", "accessibility, access", "information, inform",
        "permissible, permission", "impermissible, permissions"})
    void wordsOfDifferentMeaningKeepApart(String word, String other) {
        assertNotEquals(tokenizer.stem(word), tokenizer.stem(other));
    }

    @ParameterizedTest
    @CsvSource({
        "ad, ads", "officer, officers", "controller, controllers", "personal, personally",
        "personalized, personalised", "responsible, responsibility", "international, internationally",
        "use, uses", "share, sharing", "permission, permissions"})
    void formsOfOneWordStillMeet(String word, String other) {
        assertEquals(tokenizer.stem(word), tokenizer.stem(other));
    }
}
