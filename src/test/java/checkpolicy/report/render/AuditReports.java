package checkpolicy.report.render;

import checkpolicy.Checker;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Builds real reports from policy files and renders them, for the HTML and PDF tests. */
final class AuditReports {

    static final List<String> FIXTURES = List.of(
            "fixtures/000_b0e3f0ac32849995.txt", "fixtures/001_6d2269da330936ed.txt", "fixtures/002_b12a54b7bb4c4538.txt",
            "fixtures/003_5ad22d9086874e0c.txt", "fixtures/004_bf40b86daea0557f.txt");

    private static Checker checker;

    private AuditReports() {}

    /** One checker for all tests: compiling the rule set is the slow part. */
    static synchronized Checker checker() {
        if (checker == null) checker = Checker.forRuleSets(List.of("dpdp-india"));
        return checker;
    }

    static Report check(String... files) {
        return checkAsOf(null, files);
    }

    static Report checkAsOf(LocalDate asOf, String... files) {
        List<DocumentReport> docs = new ArrayList<>();
        PolicyReader reader = new PolicyReader();
        for (String f : files) {
            try {
                docs.add(checker().check(reader.read(Path.of(f)), new Checker.Options(java.util.Map.of(), asOf)));
            } catch (Exception e) {
                throw new IllegalStateException(f + ": " + e.getMessage(), e);
            }
        }
        return new Report("checkpolicy", "9.9.9-test", docs, List.of());
    }

    static String html(Report report, LocalDate generatedOn) {
        StringWriter out = new StringWriter();
        try {
            new HtmlRenderer(generatedOn).render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static byte[] pdf(Report report, LocalDate generatedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRenderer(generatedOn).render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with all white space removed, so words wrapped across lines or pages still match. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
