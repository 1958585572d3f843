package checkpolicy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Word .docx files: headings, list paragraphs and text runs, without a Word library. */
public class DocxReadingTest {

    private final PolicyReader reader = new PolicyReader();

    public static byte[] docx(String body) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body>" + body + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void headingsListsAndRuns() throws Exception {
        byte[] bytes = docx("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Privacy Policy</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>What we collect</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">We collect your </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>e-mail address</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Your name</w:t></w:r></w:p>"
                + "<w:p/>");
        PolicyDocument doc = reader.read("policy.docx", bytes);
        assertEquals("docx", doc.format());
        assertEquals("# Privacy Policy\n\n## What we collect\n\nWe collect your e-mail address.\n\n- Your name\n\n", doc.text());
        assertEquals(BlockKind.HEADING, doc.blocks().get(1).kind());
        assertEquals("What we collect", doc.blocks().get(1).text());
        assertEquals(BlockKind.LIST_ITEM, doc.blocks().get(3).kind());
        SpanChecks.assertSpansMatchText(doc.text(), doc);
        assertEquals("docx", reader.read("download", bytes).format(), "recognised by content too");
    }

    @Test
    void brokenDocxIsRefusedInOneLine() throws Exception {
        byte[] good = docx("<w:p><w:r><w:t>We collect data.</w:t></w:r></w:p>");
        IngestException cut = assertThrows(IngestException.class,
                () -> reader.read("cut.docx", java.util.Arrays.copyOf(good, 40)));
        assertTrue(cut.getMessage().startsWith("cut.docx: "), cut.getMessage());
        IngestException empty = assertThrows(IngestException.class, () -> reader.read("empty.docx", docx("<w:p/>")));
        assertEquals(IngestException.Kind.NO_TEXT, empty.kind());
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() throws Exception {
        String deep = "<w:p><w:r>" + "<w:x>".repeat(200_000) + "<w:t>We collect data.</w:t>" + "</w:x>".repeat(200_000) + "</w:r></w:p>";
        assertEquals("We collect data.\n\n", reader.read("deep.docx", docx(deep)).text());
    }

    @Test
    void zipBombIsRefused() throws Exception {
        byte[] bomb = docx("<w:p><w:r><w:t>" + " ".repeat(40 * 1024 * 1024) + "</w:t></w:r></w:p>");
        IngestException e = assertThrows(IngestException.class, () -> reader.read("bomb.docx", bomb));
        assertEquals(IngestException.Kind.TOO_LARGE, e.kind());
        assertEquals("bomb.docx: the .docx inflates to over 32 MB", e.getMessage());
    }
}
