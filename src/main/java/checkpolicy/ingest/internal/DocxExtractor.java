package checkpolicy.ingest.internal;

import checkpolicy.ingest.IngestException;
import checkpolicy.ingest.IngestException.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the text of a Word {@code .docx} file without a Word library: it is a zip whose
 * {@code word/document.xml} holds paragraphs ({@code w:p}) of text runs ({@code w:t}). The result
 * is Markdown-like text (headings as {@code #}, list paragraphs as {@code -}) for the line parser;
 * like a PDF, a .docx has no lines of its own, so spans count lines across this text.
 */
public final class DocxExtractor {

    /** A document.xml inflating past this many times the file's size, and past 32 MB, is a zip bomb, not a policy. */
    private static final int MAX_INFLATION = 100;
    private static final long ALWAYS_ALLOWED = 32L * 1024 * 1024;

    private DocxExtractor() {}

    /** A zip that holds word/document.xml. */
    public static boolean isDocx(String displayPath, byte[] bytes) {
        return displayPath.toLowerCase(Locale.ROOT).endsWith(".docx")
                || (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
                && new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).contains("word/"));
    }

    public static String extract(String displayPath, byte[] bytes) throws IngestException {
        String xml = documentXml(displayPath, bytes);
        Document doc = Parser.xmlParser().parseInput(xml, "");
        StringBuilder out = new StringBuilder();
        for (Element p : doc.getElementsByTag("w:p")) {
            if (insideAnotherParagraph(p)) continue; // text boxes: their paragraphs are read on their own
            StringBuilder text = new StringBuilder();
            collect(p, text);
            String line = text.toString().strip();
            if (line.isEmpty()) continue;
            out.append(prefix(p)).append(line).append("\n\n");
        }
        if (out.toString().isBlank()) throw new IngestException(Kind.NO_TEXT, displayPath + ": no text in the document");
        return out.toString();
    }

    private static String documentXml(String displayPath, byte[] bytes) throws IngestException {
        long limit = Math.max((long) bytes.length * MAX_INFLATION, ALWAYS_ALLOWED);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().equals("word/document.xml")) continue;
                return new String(readUpTo(zip, limit, displayPath), StandardCharsets.UTF_8);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IngestException(Kind.MALFORMED, displayPath + ": not a readable .docx (" + e.getMessage() + ")");
        }
        throw new IngestException(Kind.MALFORMED, displayPath + ": not a .docx (no word/document.xml)");
    }

    private static byte[] readUpTo(InputStream in, long limit, String displayPath) throws IOException, IngestException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (out.size() + (long) n > limit) {
                throw new IngestException(Kind.TOO_LARGE, displayPath + ": the .docx inflates to over " + limit / (1024 * 1024) + " MB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static boolean insideAnotherParagraph(Element p) {
        for (Element up = p.parent(); up != null; up = up.parent()) {
            if (up.tagName().equals("w:p")) return true;
        }
        return false;
    }

    /**
     * Text runs, tabs and breaks, in order; nested paragraphs (text boxes) are left to themselves.
     * Walked without recursion, so a hostile file nested a million levels deep cannot overflow the stack.
     */
    private static void collect(Element paragraph, StringBuilder text) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Element parent = t.parent();
                    if (parent != null && parent.tagName().equals("w:t")) text.append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                switch (e.tagName()) {
                    case "w:tab", "w:br", "w:cr" -> text.append(' ');
                    case "w:p" -> {
                        if (e != paragraph) return FilterResult.SKIP_ENTIRELY;
                    }
                    default -> { }
                }
                return FilterResult.CONTINUE;
            }
        }, paragraph);
    }

    /** "# " for Title and Heading1, "## " for Heading2 …, "- " for a numbered or bulleted paragraph. */
    private static String prefix(Element p) {
        Element props = child(p, "w:pPr");
        if (props == null) return "";
        Element style = child(props, "w:pStyle");
        String name = style == null ? "" : style.attr("w:val").toLowerCase(Locale.ROOT).replace(" ", "");
        if (name.equals("title")) return "# ";
        if (name.startsWith("heading") && name.length() == 8 && Character.isDigit(name.charAt(7))) {
            return "#".repeat(Math.max(1, Math.min(6, name.charAt(7) - '0'))) + " ";
        }
        if (child(props, "w:numPr") != null || name.startsWith("listparagraph")) return "- ";
        return "";
    }

    private static Element child(Element parent, String tag) {
        for (Element c : parent.children()) {
            if (c.tagName().equals(tag)) return c;
        }
        return null;
    }
}
