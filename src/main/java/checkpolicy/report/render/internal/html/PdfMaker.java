package checkpolicy.report.render.internal.html;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays out the report page on A4 with openhtmltopdf. Makes the file reproducible: the fonts are
 * the bundled DejaVu Sans, nothing is fetched, and the document id is a digest of the page rather
 * than of the clock; the creation date is the generation date when one is given, else absent.
 */
public final class PdfMaker {

    private static final String FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = withoutGlyphSubstitution(font("DejaVuSans.ttf"));
    private static final byte[] BOLD = withoutGlyphSubstitution(font("DejaVuSans-Bold.ttf"));

    static {
        // openhtmltopdf logs through java.util.logging to stderr by default; stderr is for our own messages.
        XRLog.setLoggingEnabled(false);
    }

    private PdfMaker() {}

    public static void write(String xhtml, String title, LocalDate generatedOn, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(xhtml, null)
                // Policy text is shown, never followed: refuse every external resource.
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                // Layout notes would otherwise go to the console through java.util.logging.
                .withDiagnosticConsumer(d -> { })
                .addDOMMutator(PdfBookmarks::add)
                .withProducer("checkpolicy")
                .useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            stamp(pdf, xhtml, title, generatedOn);
            pdf.save(out);
        }
    }

    private static void stamp(PDDocument pdf, String xhtml, String title, LocalDate generatedOn) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("checkpolicy");
        info.setProducer("checkpolicy");
        Calendar when = generatedOn == null ? null : midnightUtc(generatedOn);
        info.setCreationDate(when);
        info.setModificationDate(when);
        byte[] id = Arrays.copyOf(sha256(xhtml), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static Calendar midnightUtc(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return c;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Hides the font's GSUB table by renaming its entry in the table directory. PDFBox otherwise
     * applies Latin ligatures: "Officer" comes out of the PDF as "Oﬃcer", which a search for
     * the quoted evidence does not find, and the substitution takes about a third of the
     * layout time. The glyphs are untouched; only the copy in memory changes.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (ttf[entry] == 'G' && ttf[entry + 1] == 'S' && ttf[entry + 2] == 'U' && ttf[entry + 3] == 'B') {
                ttf[entry] = 'g';
                ttf[entry + 1] = 's';
                ttf[entry + 2] = 'u';
                ttf[entry + 3] = 'b';
            }
        }
        return ttf;
    }

    private static byte[] font(String file) {
        String name = "/checkpolicy/report/fonts/" + file;
        try (InputStream in = PdfMaker.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
