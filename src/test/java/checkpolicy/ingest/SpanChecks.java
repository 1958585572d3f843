package checkpolicy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.facts.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The promise every span makes: its line:column range in the original file reads as its quote. */
final class SpanChecks {

    private SpanChecks() {}

    /** Checks every block and every sentence of {@code doc} against the lines of {@code file} (UTF-8). */
    static void assertSpansMatchFile(Path file, PolicyDocument doc) throws IOException {
        assertSpansMatch(Files.readAllLines(file, StandardCharsets.UTF_8), doc);
    }

    /** As {@link #assertSpansMatchFile}, for an original given as a string (any line endings). */
    static void assertSpansMatchText(String original, PolicyDocument doc) {
        assertSpansMatch(Arrays.asList(original.split("\r\n|\r|\n", -1)), doc);
    }

    static void assertSpansMatch(List<String> lines, PolicyDocument doc) {
        int checked = 0;
        for (Block block : doc.blocks()) {
            assertSpanReads(lines, doc.span(block.start(), block.end()), block.text(), doc.path());
            for (Sentence sentence : block.sentences()) {
                assertEquals(doc.text().substring(sentence.start(), sentence.end()), sentence.text());
                assertSpanReads(lines, doc.span(sentence.start(), sentence.end()), sentence.text(), doc.path());
                checked++;
            }
        }
        assertTrue(checked > 0, "no sentences in " + doc.path());
    }

    private static void assertSpanReads(List<String> lines, Span span, String expected, String path) {
        assertEquals(expected, span.quote());
        assertEquals(expected, original(lines, span), () -> path + " " + span);
    }

    /** The text of {@code lines} from span start to span end, lines joined by '\n'. */
    static String original(List<String> lines, Span span) {
        StringBuilder sb = new StringBuilder();
        for (int line = span.line(); line <= span.endLine(); line++) {
            String text = lines.get(line - 1);
            int from = line == span.line() ? span.column() - 1 : 0;
            int to = line == span.endLine() ? span.endColumn() - 1 : text.length();
            if (line > span.line()) sb.append('\n');
            sb.append(text, from, to);
        }
        return sb.toString();
    }
}
