package checkpolicy.report.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.facts.Span;
import checkpolicy.report.Assessment;
import checkpolicy.report.Report;
import checkpolicy.report.RuleSetResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** The PDF audit report read back with PDFBox: what an auditor needs is in it, and it rebuilds identically. */
class PdfRendererTest {

    static final java.util.List<String> FIXTURES = AuditReports.FIXTURES;

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void carriesTheScoreEveryRequirementAndTheEvidence(String fixture) {
        Report report = AuditReports.check(fixture);
        String text = AuditReports.text(AuditReports.pdf(report, null));
        String squeezed = AuditReports.squeeze(text);
        RuleSetResult r = report.documents().get(0).results().get(0);
        assertTrue(text.contains(String.format(Locale.ROOT, "%.1f", r.score())), "score " + r.score());
        assertTrue(text.contains("Grade " + r.grade()), "grade " + r.grade());
        assertTrue(squeezed.contains(report.documents().get(0).sha256()), "SHA-256 on the cover");
        int quotes = 0;
        for (Assessment a : r.assessments()) {
            assertTrue(squeezed.contains(a.requirement().id()), a.requirement().id() + " missing from the PDF");
            assertTrue(squeezed.contains(AuditReports.squeeze(a.requirement().citation())), a.requirement().citation());
            for (Span s : a.finding().evidence()) {
                assertTrue(squeezed.contains(AuditReports.squeeze(s.quote())), "evidence quote missing: " + s.quote());
                assertTrue(text.contains("line " + s.line()) || text.contains("lines " + s.line()), "line of " + s.quote());
                quotes++;
            }
        }
        assertTrue(quotes > 0, "each seed policy has some evidence");
    }

    @Test
    void aRebuildGivesTheSameBytes() {
        Report report = AuditReports.check(AuditReports.FIXTURES.get(3));
        byte[] a = AuditReports.pdf(report, null);
        byte[] b = AuditReports.pdf(report, null);
        assertEquals(AuditReports.text(a), AuditReports.text(b));
        assertArrayEquals(a, b, "same report, same PDF bytes");
        byte[] dated = AuditReports.pdf(report, LocalDate.of(2026, 11, 1));
        assertTrue(AuditReports.text(dated).contains("2026-11-01"));
        assertArrayEquals(dated, AuditReports.pdf(report, LocalDate.of(2026, 11, 1)));
    }

    @Test
    void withoutAGenerationDateThereIsNoDateInTheFile() throws IOException {
        byte[] pdf = AuditReports.pdf(AuditReports.check(AuditReports.FIXTURES.get(0)), null);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(null, doc.getDocumentInformation().getCreationDate());
            assertTrue(doc.getDocumentInformation().getTitle().contains("Career Mitra Information Services Pvt. Ltd."),
                    doc.getDocumentInformation().getTitle());
        }
        assertTrue(!new String(pdf, StandardCharsets.ISO_8859_1).contains("/CreationDate"));
    }

    @Test
    void theOutlineMirrorsTheContents() throws IOException {
        byte[] pdf = AuditReports.pdf(AuditReports.check(AuditReports.FIXTURES.get(3)), null);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            java.util.List<String> titles = new java.util.ArrayList<>();
            outline.children().forEach(top -> {
                titles.add(top.getTitle());
                top.children().forEach(c -> titles.add("  " + c.getTitle()));
            });
            assertEquals(java.util.List.of("Policy: Contetra Private Limited",
                    "  Executive summary: India: Digital Personal Data Protection Act 2023 and DPDP Rules 2025",
                    "  Gaps", "  Requirement by requirement",
                    "Appendix A: facts and values extracted from fixtures/003_5ad22d9086874e0c.txt"), titles);
        }
    }
}
