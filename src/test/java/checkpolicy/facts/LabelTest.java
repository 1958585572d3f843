package checkpolicy.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A passage that only names a topic, as a menu's entry does, and one that says something of it. */
class LabelTest {

    private static Disclosure children(String quote, boolean heading) {
        return new Disclosure("children", Polarity.AFFIRMS, Modality.STATED, new Span(1, 1, 1, quote.length() + 1, quote), -1, 0, heading);
    }

    @Test
    void aFewWordsEndingNoSentenceAreALabel() {
        assertTrue(children("Kids", false).isLabel());
        assertTrue(children("Babies & Children", false).isLabel());
        assertTrue(children("Teen Opportunities |", false).isLabel());
    }

    @Test
    void aSentenceOrALongerPassageIsNot() {
        assertFalse(children("Children under 13 may not register.", false).isLabel());
        assertFalse(children("We do not knowingly collect data from children", false).isLabel());
        assertFalse(children("Kids:", false).isLabel());
    }

    @Test
    void aSectionOpenedByAHeadingIsNot() {
        assertFalse(children("Children", true).isLabel());
    }
}
