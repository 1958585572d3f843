package checkpolicy.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What rules mean by a value or passage "beside" another: same section, a window of sentences, both ends counted. */
class NearTest {

    private static final Span SPAN = new Span(1, 1, 1, 2, "x");
    private static final Disclosure OFFICER = passage("contact.privacy-officer", 3, 10);

    private static Disclosure passage(String topic, int section, int sentence) {
        return new Disclosure(topic, Polarity.AFFIRMS, Modality.STATED, SPAN, section, sentence, false);
    }

    private static Value email(int section, int sentence) {
        return new Value(ValueKind.EMAIL, "dpo@example.in", "dpo@example.in", SPAN, "contact.channel", section, sentence);
    }

    @Test
    void aValueInTheWindowOfTheSameSectionIsNear() {
        assertTrue(email(3, 8).near(OFFICER, 2, 6));
        assertTrue(email(3, 10).near(OFFICER, 2, 6));
        assertTrue(email(3, 16).near(OFFICER, 2, 6));
    }

    @Test
    void outsideTheWindowOrInAnotherSectionIsNot() {
        assertFalse(email(3, 7).near(OFFICER, 2, 6));
        assertFalse(email(3, 17).near(OFFICER, 2, 6));
        assertFalse(email(4, 11).near(OFFICER, 2, 6));
    }

    @Test
    void passagesAreNearEachOtherInTheSameWay() {
        assertTrue(passage("sharing.recipient-categories", 3, 13).near(OFFICER, 3, 3));
        assertFalse(passage("sharing.recipient-categories", 3, 14).near(OFFICER, 3, 3));
        assertFalse(passage("sharing.recipient-categories", 2, 10).near(OFFICER, 3, 3));
    }
}
