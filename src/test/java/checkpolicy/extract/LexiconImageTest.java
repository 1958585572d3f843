package checkpolicy.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The compiled image of the shared lexicon stands in for its YAML only when made from the same
 * bytes: then the lexicon is the same, topic by topic and pattern by pattern; an image of other
 * bytes, or a damaged one, is passed over for the source itself.
 */
class LexiconImageTest {

    private static final Path SHARED = Path.of("rulesets/lexicon.yaml");
    private static final Path OWN = Path.of("rulesets/dpdp-india/lexicon.yaml");

    private static Lexicon.Source source(byte[] text, byte[] image, AtomicInteger imageReads) {
        return new Lexicon.Source("lexicon.yaml", () -> new ByteArrayInputStream(text), image == null ? null : () -> {
            imageReads.incrementAndGet();
            return new ByteArrayInputStream(image);
        });
    }

    private static Lexicon withOwn(Lexicon.Source first) throws Exception {
        byte[] own = Files.readAllBytes(OWN);
        return Lexicon.load(List.of(first, new Lexicon.Source("own", () -> new ByteArrayInputStream(own))));
    }

    private static void assertSame(Lexicon expected, Lexicon actual) {
        assertEquals(new ArrayList<>(expected.topics()), new ArrayList<>(actual.topics()));
        assertEquals(expected.negations(), actual.negations());
        assertEquals(expected.hedges(), actual.hedges());
    }

    @Test
    void anImageOfTheSameBytesGivesTheSameLexiconAndTheSameImageAgain() throws Exception {
        byte[] text = Files.readAllBytes(SHARED);
        AtomicInteger reads = new AtomicInteger();
        byte[] image = Lexicon.image(source(text, null, reads));
        Lexicon parsed = withOwn(source(text, null, reads));
        Lexicon fromImage = withOwn(source(text, image, reads));
        assertEquals(1, reads.get(), "the image was read");
        assertTrue(parsed.topics().size() > 50, "the shared lexicon's topics: " + parsed.topics().size());
        assertSame(parsed, fromImage);
        assertArrayEquals(image, Lexicon.image(source(text, null, reads)), "the same source gives the same bytes");
    }

    @Test
    void theBuildShipsTheImageOfTheBundledLexicon() throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream("checkpolicy/precompiled/lexicon.image")) {
            assertTrue(in != null, "the build (process-classes) wrote the image");
            assertArrayEquals(Lexicon.image(source(Files.readAllBytes(SHARED), null, new AtomicInteger())), in.readAllBytes(),
                    "the shipped image is the one of the bundled lexicon, so a run reads it");
        }
    }

    @Test
    void anImageOfOtherBytesOrADamagedOneIsPassedOver() throws Exception {
        byte[] text = Files.readAllBytes(SHARED);
        byte[] image = Lexicon.image(source(text, null, new AtomicInteger()));
        byte[] edited = (new String(text, StandardCharsets.UTF_8).replace("topics:",
                "topics:\n  test.added:\n    phrases: [\"zebra crossing\"]")).getBytes(StandardCharsets.UTF_8);
        Lexicon fromEdited = withOwn(source(edited, image, new AtomicInteger()));
        assertTrue(fromEdited.topic("test.added") != null, "the edited source was compiled, not the image read");
        assertSame(withOwn(source(edited, null, new AtomicInteger())), fromEdited);

        byte[] damaged = image.clone();
        damaged[damaged.length - 40] ^= 0x5a;
        byte[] truncated = java.util.Arrays.copyOf(image, image.length / 2);
        Lexicon parsed = withOwn(source(text, null, new AtomicInteger()));
        for (byte[] bad : List.of(damaged, truncated)) {
            assertSame(parsed, withOwn(source(text, bad, new AtomicInteger())));
        }
    }
}
