package checkpolicy.extract.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The data-item catalogue a run reads from the build's image is the one parsed from its YAML. */
class DataItemImageTest {

    @Test
    void theShippedImageIsTheCatalogueParsed() throws Exception {
        byte[] fresh = DataItemScanner.image();
        try (InputStream shipped = DataItemScanner.class.getResourceAsStream(DataItemScanner.IMAGE)) {
            assertNotNull(shipped, "the build (process-classes) wrote the image");
            assertArrayEquals(fresh, shipped.readAllBytes(), "made from the catalogue as it is now, so a run reads it");
        }
        DataItemScanner.Catalogue parsed = DataItemScanner.parse(DataItemScanner.yaml());
        assertTrue(parsed.items().size() > 20, "items: " + parsed.items().size());
        assertEquals(Optional.of(parsed), DataItemScanner.fromImage(DataItemScanner.yaml(), new ByteArrayInputStream(fresh)));
        byte[] edited = (new String(DataItemScanner.yaml(), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), DataItemScanner.fromImage(edited, new ByteArrayInputStream(fresh)), "an image of other bytes");
    }
}
