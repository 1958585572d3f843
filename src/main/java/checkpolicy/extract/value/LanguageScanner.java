package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Languages a policy is offered in or a notice must be given in: English, the 22 languages of
 * the Eighth Schedule of India's Constitution (by English and native-script name), and major
 * world languages ({@code languages.txt}); normalised to the English name ("Oriya" → "Odia").
 * Capitalised whole words only; nationality adjectives ("French law") are matched too, as the
 * words are the same.
 */
final class LanguageScanner implements KindScanner {

    private static final PhraseGazetteer LANGUAGES =
            PhraseGazetteer.fromResource("/checkpolicy/extract/value/languages.txt", true);

    @Override
    public ValueKind kind() {
        return ValueKind.LANGUAGE;
    }

    @Override
    public List<ValueMatch> scan(String text) {
        List<ValueMatch> out = new ArrayList<>();
        for (PhraseGazetteer.Hit hit : LANGUAGES.find(text)) {
            out.add(ValueMatch.of(ValueKind.LANGUAGE, hit.value(), text, hit.start(), hit.end()));
        }
        return out;
    }
}
