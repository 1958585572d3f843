package checkpolicy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.facts.Span;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** PDFs are read page by page; spans count lines across the extracted text and map to pages. */
public class PdfReadingTest {

    private final PolicyReader reader = new PolicyReader();

    /** A PDF with one page per array, one text line per element. */
    public static byte[] pdf(String[]... pages) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String[] lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(14);
                    content.newLineAtOffset(72, 720);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void textPagesAndSpans() throws Exception {
        byte[] bytes = pdf(
                new String[] {"Privacy Policy", "", "We collect your name and e-mail address."},
                new String[] {"Grievance Officer", "", "Write to grievance@example.in within 30 days."});
        PolicyDocument doc = reader.read("policy.pdf", bytes);
        assertEquals("pdf", doc.format());
        assertEquals(2, doc.pageStartLines().size());
        Block officer = doc.blocks().stream().filter(b -> b.text().equals("Grievance Officer")).findFirst().orElseThrow();
        assertEquals(BlockKind.HEADING, officer.kind());
        Span span = doc.span(officer.start(), officer.end());
        assertEquals(2, doc.page(span.line()));
        Block collect = doc.blocks().stream().filter(b -> b.text().startsWith("We collect")).findFirst().orElseThrow();
        assertEquals(1, doc.page(doc.span(collect.start(), collect.end()).line()));
        SpanChecks.assertSpansMatchText(doc.text(), doc);
    }

    @Test
    void pdfIsRecognisedByItsHeaderWhateverItsName() throws Exception {
        PolicyDocument doc = reader.read("download", pdf(new String[] {"We do not sell your personal data."}));
        assertEquals("pdf", doc.format());
        assertEquals(List.of(1), doc.pageStartLines());
    }

    @Test
    void brokenAndEmptyPdfsAreRefusedInOneLine() throws Exception {
        IngestException broken = assertThrows(IngestException.class,
                () -> reader.read("broken.pdf", "%PDF-1.7\nthis is not a PDF body".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(IngestException.Kind.MALFORMED, broken.kind());
        assertTrue(broken.getMessage().startsWith("broken.pdf: not a readable PDF"), broken.getMessage());
        assertTrue(!broken.getMessage().contains("\n"));

        byte[] full = pdf(new String[] {"We collect your name.", "And more text here."});
        byte[] truncated = java.util.Arrays.copyOf(full, full.length / 2);
        IngestException cut = assertThrows(IngestException.class, () -> reader.read("cut.pdf", truncated));
        assertTrue(cut.kind() == IngestException.Kind.MALFORMED || cut.kind() == IngestException.Kind.NO_TEXT, cut.getMessage());

        IngestException blank = assertThrows(IngestException.class, () -> reader.read("blank.pdf", pdf(new String[] {})));
        assertEquals(IngestException.Kind.NO_TEXT, blank.kind());
        assertEquals("blank.pdf: no text in the PDF (a scanned PDF needs OCR first)", blank.getMessage());
    }

    @Test
    void pagesOfDocumentsWithoutThem() throws Exception {
        PolicyDocument doc = reader.read("a.txt", "We collect data.".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, doc.page(1));
    }
}
