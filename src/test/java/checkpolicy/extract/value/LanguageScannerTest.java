package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageScannerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            This notice is available in English.          | English    | English
            यह सूचना हिन्दी में उपलब्ध है।                 | Hindi      | हिन्दी
            यह सूचना हिंदी में भी है।                       | Hindi      | हिंदी
            இந்த அறிவிப்பு தமிழ் மொழியில்                | Tamil      | தமிழ்
            এই বিজ্ঞপ্তি বাংলা ভাষায়                      | Bengali    | বাংলা
            Notice also in Hindi.                          | Hindi      | Hindi
            Notice also in Oriya.                          | Odia       | Oriya
            Notice also in Odia.                           | Odia       | Odia
            Notice also in Punjabi.                        | Punjabi    | Punjabi
            Notice also in Malayalam.                      | Malayalam  | Malayalam
            Notice also in Santali.                        | Santali    | Santali
            Support in Mandarin is offered.                | Chinese    | Mandarin
            Support in Bahasa Indonesia is offered.        | Indonesian | Bahasa Indonesia
            La politique est aussi en Français.            | French     | Français
            """)
    void findsLanguages(String sentence, String expected, String raw) {
        ValueMatch m = Scans.only(sentence, ValueKind.LANGUAGE);
        assertEquals(expected, m.normalized());
        assertEquals(raw, m.raw());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Our office is in Tamil Nadu.",
            "the english version in lower case",
            "A subsidiary in the Czech Republic.",
            "Visit example.com/hindi for more."})
    void ignoresWhatIsNoLanguage(String sentence) {
        Scans.assertNone(sentence, ValueKind.LANGUAGE);
    }
}
