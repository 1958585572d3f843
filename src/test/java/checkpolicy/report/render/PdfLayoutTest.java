package checkpolicy.report.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** What looking at the pages found wrong once, checked on every build: overflow, empty pages, missing glyphs. */
class PdfLayoutTest {

    static final List<String> FIXTURES = AuditReports.FIXTURES;

    /** 16 mm side margins on A4 (595 pt wide), with half a point for rounding. */
    private static final float RIGHT_EDGE = 595.28f - 16 / 25.4f * 72 + 0.5f;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void noTextRunsOffThePageAndNoPageIsEmpty(String fixture) throws IOException {
        byte[] pdf = AuditReports.pdf(AuditReports.check(fixture), null);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Glyphs g = new Glyphs();
                g.setStartPage(p);
                g.setEndPage(p);
                String text = g.getText(doc).replaceAll("checkpolicy audit report|Page \\d+ of \\d+", "").strip();
                assertFalse(text.isEmpty(), fixture + ": page " + p + " holds only the footer");
                assertTrue(g.rightmost <= RIGHT_EDGE, fixture + ": text reaches x=" + g.rightmost + " on page " + p
                        + " (\"" + g.rightmostText + "\"), past the margin at " + RIGHT_EDGE);
            }
        }
    }

    @Test
    void indianNamesAndTheRupeeSignRenderInTheEmbeddedFont() throws IOException {
        Path policy = Files.writeString(tmp.resolve("śrī-lakshmī.txt"), """
                Privacy Policy

                This policy is published by Śrī Lakshmī Gāndhī Traders Private Limited, Chennai.

                Grievance Officer

                Our Grievance Officer is Ms. Priyā Raghunāthan. You can write to grievance@lakshmi.example.in or call +91 44 2345 6789.
                We collect your name, email address and phone number to deliver orders worth more than ₹500.
                """);
        Report report = AuditReports.check(policy.toString());
        byte[] pdf = AuditReports.pdf(report, null);
        String text = AuditReports.text(pdf);
        assertTrue(text.contains("Śrī Lakshmī Gāndhī Traders Private Limited"), "organisation on the cover:\n" + text);
        assertTrue(text.contains("Priyā Raghunāthan"), "name quoted as evidence");
        assertTrue(text.contains("₹500"), "rupee sign survives");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.getName().contains("DejaVuSans"), "only the bundled font: " + font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " must be embedded");
                }
            }
        }
    }

    @Test
    void severalPoliciesOpenWithAComparisonTable() throws IOException {
        Report report = AuditReports.check(AuditReports.FIXTURES.get(0), AuditReports.FIXTURES.get(3));
        byte[] pdf = AuditReports.pdf(report, null);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(3);
            s.setEndPage(3);
            String third = s.getText(doc);
            assertTrue(third.contains("Comparison of the policies"), third);
            String squeezed = AuditReports.squeeze(third);
            assertTrue(squeezed.contains("CareerMitraInformationServicesPvt.Ltd.") && squeezed.contains("ContetraPrivateLimited"), third);
            for (var d : report.documents()) {
                assertTrue(third.contains(String.format(java.util.Locale.ROOT, "%.1f", d.results().get(0).score())), third);
            }
        }
        String all = AuditReports.text(pdf);
        assertTrue(all.indexOf("Comparison of the policies", 200) < all.indexOf("Policy 1: Career Mitra", 200));
        assertTrue(all.contains("Appendix A: facts and values extracted") && all.contains("Appendix B: facts and values extracted"));
    }

    /** Collects where the rightmost glyph on a page ends. */
    private static final class Glyphs extends PDFTextStripper {
        float rightmost;
        String rightmostText = "";

        Glyphs() throws IOException {
            super();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition t : positions) {
                float end = t.getXDirAdj() + t.getWidthDirAdj();
                if (end > rightmost) {
                    rightmost = end;
                    rightmostText = text;
                }
            }
            super.writeString(text, positions);
        }
    }
}
