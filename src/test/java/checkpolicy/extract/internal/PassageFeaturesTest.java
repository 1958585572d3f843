package checkpolicy.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Stems are read without lower-casing the text; they must be what lower-casing it would give. */
class PassageFeaturesTest {

    /** The definition, spelt the slow way. */
    private static List<String> byLowerCasing(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[a-z]+").matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group().substring(0, Math.min(6, m.group().length())));
        return out;
    }

    @Test
    void stemsAreTheLowerCasedLetterRunsCutToSixLetters() throws Exception {
        List<String> texts = new ArrayList<>(List.of("İstanbul office: we keep the KELVIN \u212Ak logs",
                "İnformation we retain and \u212Aeep secure", "Don’t SELL my data—ever; e.g. cookies", "", "ÀÉÎ ß ﬁle"));
        for (char c = 0; c < 0x3000; c++) texts.add("a" + c + "b" + Character.toUpperCase(c) + "zz");
        try (var files = Files.list(Path.of("fixtures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.addAll(Files.readAllLines(f));
            }
        }
        for (String t : texts) assertEquals(byLowerCasing(t), PassageFeatures.stems(t), t);
        assertTrue(texts.size() > 0x3000);
    }

    @Test
    void aStemCodeNamesOneStem() {
        assertEquals(PassageFeatures.code("retain"), PassageFeatures.stemCodes("RETAINED")[0]);
        assertEquals(List.of("we", "retain", "a"), PassageFeatures.stems("We retained a"));
    }
}
