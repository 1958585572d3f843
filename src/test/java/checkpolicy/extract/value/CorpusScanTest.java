package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the scanner over the 3,000 real policies of the shared DMOZ corpus, when it sits beside
 * the repository: nothing may throw and every offset must hold. Counts per kind are printed for
 * whoever tunes the scanners, never asserted.
 */
class CorpusScanTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "dmoz-3000");

    @Test
    void scansEveryCorpusPolicyWithoutError() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Map<ValueKind, Integer> counts = new EnumMap<>(ValueKind.class);
        long started = System.nanoTime();
        for (Path file : files) {
            String text = decode(Files.readAllBytes(file));
            for (ValueMatch m : Scans.all(text)) counts.merge(m.kind(), 1, Integer::sum);
        }
        System.out.printf("value scan of %d corpus files in %d ms: %s%n",
                files.size(), (System.nanoTime() - started) / 1_000_000, counts);
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252, as most of the corpus is. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
