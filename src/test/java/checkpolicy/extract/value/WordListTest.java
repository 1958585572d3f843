package checkpolicy.extract.value;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordListTest {

    private final WordList units = new WordList("day", "days", "month", "months", "yr");

    @Test
    void findsAStretchOfTextAsAWordWhateverItsAsciiCase() {
        String text = "within 30 Days or one MONTH (1 yr)";
        assertTrue(units.contains(text, 10, 14));   // Days
        assertTrue(units.contains(text, 22, 27));   // MONTH
        assertTrue(units.contains(text, 31, 33));   // yr
    }

    @Test
    void aStretchIsTheWholeWordNotAPrefixOrAnotherLength() {
        String text = "dayshift daily monthly d";
        assertFalse(units.contains(text, 0, 8));    // dayshift
        assertTrue(units.contains(text, 0, 4));     // days, as a stretch of it
        assertFalse(units.contains(text, 9, 14));   // daily
        assertFalse(units.contains(text, 15, 22));  // monthly: longer than any word
        assertFalse(units.contains(text, 23, 24));  // d
    }

    @Test
    void comparesLetterCaseInAsciiOnlyAsThePatternsDo() {
        WordList words = new WordList("kg", "min");
        assertTrue(words.contains("KG MIN", 0, 2));
        assertFalse(words.contains("\u212Ag", 0, 2));    // the Kelvin sign lower-cases to k in Unicode
        assertFalse(words.contains("m\u0130n", 0, 3));   // and a dotted capital I to i, char by char
    }

    @Test
    void takesLowerCaseAsciiWordsOnly() {
        assertThrows(IllegalArgumentException.class, () -> new WordList("Day"));
        assertThrows(IllegalArgumentException.class, () -> new WordList("d\u00e9j\u00e0"));
    }
}
