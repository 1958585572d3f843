package checkpolicy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The misses a bench lists quote source lines decoded as a check decodes them, not byte by byte. */
class MissLinesTest {

    @TempDir
    Path dir;

    @Test
    void utf8LinesKeepTheirCurlyQuotes() throws Exception {
        Path f = dir.resolve("p.html");
        Files.writeString(f, "<p>Intro</p>\r\n<p>If you\u2019d like to limit the use</p>\r\n<p>End</p>\r\n", StandardCharsets.UTF_8);
        assertEquals("<p>If you\u2019d like to limit the use</p>", Benchmark.lines(f, 2, 2));
        assertEquals("<p>Intro</p> <p>If you\u2019d like to limit the use</p>", Benchmark.lines(f, 1, 2));
    }

    @Test
    void windows1252LinesAreReadAsWindows1252() throws Exception {
        Path f = dir.resolve("p.txt");
        Files.write(f, "We don\u2019t sell data.\n".getBytes(Charset.forName("windows-1252")));
        assertEquals("We don\u2019t sell data.", Benchmark.lines(f, 1, 1));
    }
}
