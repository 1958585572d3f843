package checkpolicy.report.render;

import checkpolicy.report.Report;
import checkpolicy.report.render.internal.html.AuditReportPage;
import checkpolicy.report.render.internal.html.PdfMaker;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/**
 * The audit report as PDF: {@link HtmlRenderer}'s page laid out on A4 by openhtmltopdf, with
 * DejaVu Sans embedded (so ₹ and names in any Latin script render anywhere), page numbers and a
 * contents page. The document id and dates derive from the content, so a rebuild is identical.
 */
public final class PdfRenderer implements BinaryRenderer, DatedRenderer {

    private final LocalDate generatedOn;

    public PdfRenderer() {
        this(null);
    }

    /** @param generatedOn printed on the cover and stored as the creation date; null leaves both out */
    public PdfRenderer(LocalDate generatedOn) {
        this.generatedOn = generatedOn;
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public Renderer generatedOn(LocalDate date) {
        return new PdfRenderer(date);
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        AuditReportPage page = new AuditReportPage(generatedOn);
        PdfMaker.write(page.render(report), page.title(report), generatedOn, out);
    }
}
