package checkpolicy.ingest;

import checkpolicy.ingest.IngestException.Kind;
import checkpolicy.ingest.internal.DocumentAssembler;
import checkpolicy.ingest.internal.DocxExtractor;
import checkpolicy.ingest.internal.HtmlExtractor;
import checkpolicy.ingest.internal.LineParser;
import checkpolicy.ingest.internal.PageAddress;
import checkpolicy.ingest.internal.PdfExtractor;
import checkpolicy.ingest.internal.TextDecoder;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads a privacy policy — plain text, Markdown, HTML, PDF or Word .docx — into a {@link PolicyDocument}. The one
 * entry point of the ingest stage. Thread-safe: it holds no state but its size limit.
 */
public final class PolicyReader {

    /** Default size limit: far above any real policy, low enough to refuse a mistaken dump. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final long maxBytes;

    public PolicyReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses files larger than {@code maxBytes}. */
    public PolicyReader(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads {@code file}; the document's path is the file as given. */
    public PolicyDocument read(Path file) throws IngestException {
        String displayPath = file.toString();
        if (Files.isDirectory(file)) throw new IngestException(Kind.UNREADABLE, displayPath + ": is a directory");
        if (!Files.exists(file)) throw new IngestException(Kind.NOT_FOUND, displayPath + ": no such file");
        byte[] bytes;
        try {
            if (Files.size(file) > maxBytes) throw tooLarge(displayPath);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException(Kind.NOT_FOUND, displayPath + ": no such file");
        } catch (AccessDeniedException e) {
            throw new IngestException(Kind.UNREADABLE, displayPath + ": cannot be read (permission denied)");
        } catch (IOException | OutOfMemoryError e) {
            throw new IngestException(Kind.UNREADABLE, displayPath + ": cannot be read (" + oneLine(e) + ")");
        }
        return read(displayPath, bytes);
    }

    /**
     * Reads a policy already in memory. The format follows the extension of {@code displayPath}
     * ({@code .txt .text}, {@code .md .markdown}, {@code .html .htm .xhtml}, {@code .pdf}, {@code .docx}); any other
     * name is sniffed from the content.
     */
    public PolicyDocument read(String displayPath, byte[] bytes) throws IngestException {
        return read(displayPath, bytes, null);
    }

    /**
     * Reads a policy in a known format ({@code text}, {@code markdown}, {@code html}, {@code pdf} or {@code docx},
     * e.g. from an HTTP Content-Type); null goes by the name and content as above.
     */
    public PolicyDocument read(String displayPath, byte[] bytes, String knownFormat) throws IngestException {
        if (bytes.length > maxBytes) throw tooLarge(displayPath);
        String sha256 = sha256(bytes);
        if ("pdf".equals(knownFormat) || (knownFormat == null && isPdf(displayPath, bytes))) {
            PdfExtractor.Result pdf = PdfExtractor.extract(displayPath, bytes);
            LineParser.Result parsed = LineParser.parse(pdf.text());
            if (parsed.blocks().isEmpty()) throw new IngestException(Kind.NO_TEXT, displayPath + ": no policy text in the PDF");
            return DocumentAssembler.assemble(displayPath, sha256, "pdf", pdf.text(), SourceMap.identity(pdf.text()),
                    parsed.blocks(), parsed.archivedOn(), PageAddress.ofText(pdf.text()), pdf.pageStartLines());
        }
        if ("docx".equals(knownFormat) || (knownFormat == null && DocxExtractor.isDocx(displayPath, bytes))) {
            String text = DocxExtractor.extract(displayPath, bytes);
            LineParser.Result parsed = LineParser.parse(text);
            if (parsed.blocks().isEmpty()) throw new IngestException(Kind.NO_TEXT, displayPath + ": no policy text in the document");
            return DocumentAssembler.assemble(displayPath, sha256, "docx", text, SourceMap.identity(text),
                    parsed.blocks(), parsed.archivedOn(), PageAddress.ofText(text));
        }
        String decoded = TextDecoder.decode(displayPath, bytes);
        String format = knownFormat != null ? knownFormat : format(displayPath, decoded);
        if (format.equals("html")) {
            HtmlExtractor.Result html = HtmlExtractor.extract(decoded);
            if (html.blocks().isEmpty()) throw new IngestException(Kind.NO_TEXT, displayPath + ": no visible text in the page");
            return DocumentAssembler.assemble(displayPath, sha256, format, html.text(), html.sourceMap(), html.blocks(), null,
                    html.address());
        }
        LineParser.Result parsed = LineParser.parse(decoded);
        if (parsed.blocks().isEmpty()) throw new IngestException(Kind.NO_TEXT, displayPath + ": no policy text in the file");
        return DocumentAssembler.assemble(displayPath, sha256, format, decoded, SourceMap.identity(decoded),
                parsed.blocks(), parsed.archivedOn(), PageAddress.ofText(decoded));
    }

    /** A {@code .pdf} name or a PDF header; a PDF named otherwise is still read as one, not refused as binary. */
    private static boolean isPdf(String displayPath, byte[] bytes) {
        return displayPath.toLowerCase(Locale.ROOT).endsWith(".pdf") || PdfExtractor.isPdf(bytes);
    }

    /** {@code text}, {@code markdown} or {@code html}. */
    static String format(String displayPath, String decoded) {
        String name = displayPath.toLowerCase(Locale.ROOT);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        String ext = dot > slash ? name.substring(dot + 1) : "";
        switch (ext) {
            case "txt", "text": return "text";
            case "md", "markdown": return "markdown";
            case "html", "htm", "xhtml": return "html";
            default: return looksLikeHtml(decoded) ? "html" : "text";
        }
    }

    private static boolean looksLikeHtml(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        if (i >= text.length() || text.charAt(i) != '<') return false;
        String head = text.substring(i, Math.min(text.length(), i + 65536)).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<body") || head.contains("<p");
    }

    private IngestException tooLarge(String displayPath) {
        return new IngestException(Kind.TOO_LARGE, displayPath + " is larger than the " + size(maxBytes) + " limit");
    }

    /** "5 MB", "512 KB" or "1000 bytes", for messages. */
    static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) return bytes / (1024 * 1024) + " MB";
        if (bytes % 1024 == 0) return bytes / 1024 + " KB";
        return bytes + " bytes";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) return e.getClass().getSimpleName();
        return message.replaceAll("\\s+", " ").strip();
    }
}
