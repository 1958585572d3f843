package checkpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.rules.internal.RuleSetYaml;
import checkpolicy.rules.internal.RuleSetYamlImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The build's parse of each bundled ruleset.yaml is the parse Jackson gives, and it is used only
 * for the very text it was made from.
 */
class RuleSetYamlImageTest {

    private static final BundledRuleSets SOURCES = new BundledRuleSets(Path.of("rulesets"));

    @Test
    void everyBundledRuleSetReadsBackAsJacksonParsedItAndShipsThatImage() throws Exception {
        assertTrue(SOURCES.ids().size() >= 10, "bundled: " + SOURCES.ids());
        for (String id : SOURCES.ids()) {
            String text = Files.readString(Path.of("rulesets", id, "ruleset.yaml"), StandardCharsets.UTF_8);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            RuleSetYaml parsed = RuleSetLoader.parse(text, id);
            byte[] image = RuleSetYamlImage.write(bytes, parsed);
            assertEquals(Optional.of(parsed), RuleSetYamlImage.read(bytes, new ByteArrayInputStream(image)), id);
            try (var shipped = getClass().getClassLoader().getResourceAsStream(RuleSetYamlImage.resource(id))) {
                assertTrue(shipped != null, "the build wrote the image of " + id);
                assertArrayEquals(image, shipped.readAllBytes(), id + ": the shipped image is the one of the bundled text");
            }
        }
    }

    @Test
    void anEditedTextOrADamagedImageIsParsedInstead() throws Exception {
        String text = Files.readString(Path.of("rulesets", "dpdp-india", "ruleset.yaml"), StandardCharsets.UTF_8);
        byte[] image = RuleSetYamlImage.write(text.getBytes(StandardCharsets.UTF_8), RuleSetLoader.parse(text, "dpdp-india"));
        byte[] edited = text.replace("title:", "title: Edited").getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), RuleSetYamlImage.read(edited, new ByteArrayInputStream(image)));
        byte[] damaged = image.clone();
        damaged[damaged.length - 9] ^= 0x21;
        assertEquals(Optional.empty(), RuleSetYamlImage.read(text.getBytes(StandardCharsets.UTF_8), new ByteArrayInputStream(damaged)));
        assertEquals(Optional.empty(), RuleSetYamlImage.read(text.getBytes(StandardCharsets.UTF_8), null));
    }
}
