package checkpolicy.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The build's images of lexicon sources stand in for the YAML only when made from the same bytes,
 * in the same order: then the lexicon is the same, topic by topic and pattern by pattern; an
 * edited source, or a damaged image, is compiled from its YAML instead.
 */
class LexiconImageTest {

    private static final Path SHARED = Path.of("rulesets/lexicon.yaml");
    private static final Path OWN = Path.of("rulesets/dpdp-india/lexicon.yaml");

    /** Images held in memory, counting the ones a load found. */
    private static final class Store implements Lexicon.Images {
        final Map<String, byte[]> images = new HashMap<>();
        final List<String> found = new ArrayList<>();

        Store(Map<String, byte[]> images) {
            this.images.putAll(images);
        }

        @Override
        public java.io.InputStream open(String name) {
            byte[] image = images.get(name);
            if (image == null) return null;
            found.add(name);
            return new ByteArrayInputStream(image);
        }
    }

    private static Lexicon.Source source(String name, byte[] text) {
        return new Lexicon.Source(name, () -> new ByteArrayInputStream(text));
    }

    private static List<Lexicon.Source> sources(byte[] shared, byte[] own) {
        return List.of(source("lexicon.yaml", shared), source("own/lexicon.yaml", own));
    }

    private static void assertSame(Lexicon expected, Lexicon actual) {
        assertEquals(new ArrayList<>(expected.topics()), new ArrayList<>(actual.topics()));
        assertEquals(expected.negations(), actual.negations());
        assertEquals(expected.hedges(), actual.hedges());
    }

    @Test
    void imagesOfTheSameSourcesGiveTheSameLexicon() throws Exception {
        List<Lexicon.Source> sources = sources(Files.readAllBytes(SHARED), Files.readAllBytes(OWN));
        Store store = new Store(Lexicon.images(sources));
        assertEquals(2, store.images.size(), "one image per source");
        Lexicon parsed = Lexicon.load(sources);
        assertTrue(parsed.topics().size() > 50, "the shared lexicon's topics: " + parsed.topics().size());
        assertSame(parsed, Lexicon.load(sources, store));
        assertEquals(2, store.found.size(), "both sources were taken from their images");
        assertEquals(store.images.keySet(), Lexicon.images(sources).keySet());
        store.images.forEach((name, image) -> assertArrayEquals(image, Lexicon.images(sources).get(name), "the same sources give the same bytes"));
    }

    @Test
    void anEditedSourceIsCompiledAndSoIsEverySourceAfterIt() throws Exception {
        byte[] shared = Files.readAllBytes(SHARED);
        byte[] own = Files.readAllBytes(OWN);
        Store store = new Store(Lexicon.images(sources(shared, own)));
        byte[] editedShared = new String(shared, StandardCharsets.UTF_8).replace("topics:",
                "topics:\n  test.added:\n    phrases: [\"zebra crossing\"]").getBytes(StandardCharsets.UTF_8);
        Lexicon fromEdited = Lexicon.load(sources(editedShared, own), store);
        assertNotNull(fromEdited.topic("test.added"), "the edited source was compiled, not its old image read");
        assertEquals(List.of(), store.found, "the own lexicon's image was made after another shared lexicon");
        assertSame(Lexicon.load(sources(editedShared, own)), fromEdited);

        byte[] editedOwn = (new String(own, StandardCharsets.UTF_8) + "\n  test.own:\n    phrases: [\"pelican crossing\"]\n")
                .getBytes(StandardCharsets.UTF_8);
        Lexicon fromEditedOwn = Lexicon.load(sources(shared, editedOwn), store);
        assertEquals(1, store.found.size(), "the shared image still served");
        assertNotNull(fromEditedOwn.topic("test.own"));
        assertSame(Lexicon.load(sources(shared, editedOwn)), fromEditedOwn);
    }

    @Test
    void aDamagedOrTruncatedImageIsPassedOver() throws Exception {
        List<Lexicon.Source> sources = sources(Files.readAllBytes(SHARED), Files.readAllBytes(OWN));
        Map<String, byte[]> images = Lexicon.images(sources);
        String first = images.keySet().iterator().next();
        Lexicon parsed = Lexicon.load(sources);
        byte[] damaged = images.get(first).clone();
        damaged[damaged.length - 40] ^= 0x5a;
        for (byte[] bad : List.of(damaged, Arrays.copyOf(images.get(first), images.get(first).length / 2))) {
            Map<String, byte[]> broken = new HashMap<>(images);
            broken.put(first, bad);
            assertSame(parsed, Lexicon.load(sources, new Store(broken)));
        }
    }

    @Test
    void theBuildShipsTheImagesOfTheBundledLexicons() throws Exception {
        List<Lexicon.Source> sources = sources(Files.readAllBytes(SHARED), Files.readAllBytes(OWN));
        for (Map.Entry<String, byte[]> image : Lexicon.images(sources).entrySet()) {
            try (var in = getClass().getClassLoader().getResourceAsStream(checkpolicy.image.SourceImage.FOLDER + image.getKey())) {
                assertNotNull(in, "the build (process-classes) wrote " + image.getKey());
                assertArrayEquals(image.getValue(), in.readAllBytes(), "the shipped image is the one of the bundled sources, so a run reads it");
            }
        }
    }
}
