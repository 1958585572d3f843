package checkpolicy.ingest.internal;

import checkpolicy.ingest.IngestException;
import checkpolicy.ingest.IngestException.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Extracts the text of a PDF page by page with PDFBox, in reading order. A PDF has no lines of
 * its own, so the extracted text becomes the text that spans point into: lines are counted across
 * it, and the line each page starts on is kept so a span can be reported as "page N".
 */
public final class PdfExtractor {

    /** The extracted text, with line endings normalised, and the 1-based line each page starts on. */
    public record Result(String text, List<Integer> pageStartLines) {}

    /** PDFBox logs every damaged font or odd operator; the user wants one line per file, not those. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        PDFBOX_LOG.setLevel(Level.OFF);
    }

    private PdfExtractor() {}

    /** Whether the bytes are a PDF, whatever the file is called. */
    public static boolean isPdf(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && i < 1024 && bytes[i] != '%') i++; // some writers put junk before the header
        return i + 5 <= bytes.length && bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D'
                && bytes[i + 3] == 'F' && bytes[i + 4] == '-';
    }

    public static Result extract(String displayPath, byte[] bytes) throws IngestException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new IngestException(Kind.UNREADABLE, displayPath + ": the PDF forbids text extraction");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            // A blank line where PDFBox sees a paragraph gap, so the text parser finds paragraphs
            // and headings as it does in a plain-text policy; a gap over 1.7 lines counts (default 2.5
            // misses the usual one blank line between paragraphs).
            stripper.setParagraphStart("\n");
            stripper.setDropThreshold(1.7f);
            StringBuilder text = new StringBuilder();
            List<Integer> pageStartLines = new ArrayList<>();
            int line = 1;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = TextDecoder.normaliseLineEndings(stripper.getText(pdf)).replace('\u0000', ' ');
                // A page break ends a paragraph: the pages are joined with a blank line.
                if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                    line++;
                }
                if (text.length() > 0) {
                    text.append('\n');
                    line++;
                }
                pageStartLines.add(line);
                text.append(pageText);
                for (int i = 0; i < pageText.length(); i++) if (pageText.charAt(i) == '\n') line++;
            }
            if (text.toString().isBlank()) {
                throw new IngestException(Kind.NO_TEXT, displayPath + ": no text in the PDF (a scanned PDF needs OCR first)");
            }
            return new Result(text.toString(), pageStartLines);
        } catch (InvalidPasswordException e) {
            throw new IngestException(Kind.UNREADABLE, displayPath + ": the PDF is password-protected");
        } catch (IOException | RuntimeException e) {
            // PDFBox signals damaged files with IOExceptions and, on some malformed streams, runtime exceptions.
            throw new IngestException(Kind.MALFORMED, displayPath + ": not a readable PDF (" + oneLine(e) + ")", e);
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) return e.getClass().getSimpleName();
        String flat = message.replaceAll("\\s+", " ").strip();
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
