package checkpolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.ingest.PolicyReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The policies the cost curve times are what it says: the size asked, and one section when flattened. */
class PerfCurveCommandTest {

    @Test
    void repeatsTheTextUpToTheSizeCutAtALineEnd() {
        String text = "Line one.\nLine two is longer.\n";
        String cut = PerfCurveCommand.repeatTo(text, 100);
        assertTrue(cut.length() <= 100 && cut.length() > 100 - text.length(), cut.length() + "");
        assertTrue(cut.endsWith("\n"));
        assertTrue(cut.startsWith(text + text));
    }

    @Test
    void oneSectionKeepsOnlyParagraphsSoEveryFactStandsInOneSection() throws Exception {
        String seed = Files.readString(Path.of("fixtures/000_b0e3f0ac32849995.txt"), StandardCharsets.UTF_8);
        String flat = PerfCurveCommand.oneSection(seed + "\n\n" + seed);
        var doc = new PolicyReader().read("flat.txt", flat.getBytes(StandardCharsets.UTF_8));
        assertTrue(doc.blocks().size() > 4, "the paragraphs stay apart: " + doc.blocks().size());
        assertEquals(1, doc.blocks().stream().map(b -> b.section()).distinct().count(), "one section");
        assertTrue(doc.blocks().stream().noneMatch(b -> b.kind() == checkpolicy.ingest.BlockKind.HEADING));
    }
}
