package checkpolicy.report.render;

import checkpolicy.report.Report;
import checkpolicy.report.render.internal.html.AuditReportPage;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * The audit report as one self-contained HTML page: cover, contents, summary, gap table,
 * requirement details and appendix, with the style sheet inlined and no scripts or fetches.
 * The same page is the source of {@link PdfRenderer}'s output.
 */
public final class HtmlRenderer implements DatedRenderer {

    private final LocalDate generatedOn;

    public HtmlRenderer() {
        this(null);
    }

    /** @param generatedOn printed on the cover; null leaves the date out */
    public HtmlRenderer(LocalDate generatedOn) {
        this.generatedOn = generatedOn;
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public Renderer generatedOn(LocalDate date) {
        return new HtmlRenderer(date);
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        out.write(new AuditReportPage(generatedOn).render(report));
    }
}
