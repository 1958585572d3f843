package checkpolicy.ingest.internal;

import checkpolicy.ingest.BlockKind;
import checkpolicy.ingest.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts the visible policy text of an HTML page as blocks separated by blank lines, and maps
 * every stretch of it back to line:column in the HTML source. Page chrome (navigation, headers,
 * footers, cookie banners, scripts) is left out; see {@link PageChrome}.
 */
public final class HtmlExtractor implements NodeFilter {

    /** The visible text, its map back to the source, its blocks, and the page's canonical address (or null). */
    public record Result(String text, SourceMap sourceMap, List<RawBlock> blocks, String address) {}

    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "footer", "hgroup", "hr", "legend", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul");

    private final String html;
    private final int[] lineStarts;
    private final PageChrome chrome;
    private final StringBuilder out = new StringBuilder();
    private final SourceMap.Builder map = SourceMap.builder();
    private final List<RawBlock> blocks = new ArrayList<>();
    private final TextNodeSource source;

    private int headingLevel, listDepth, boldDepth, tableDepth;
    /** The block being written: where it starts, what it is, whether all its text is bold. */
    private boolean open, allBold, inTable, lastWasBreak;
    private BlockKind kind;
    private int level, blockStart;
    private boolean pendingSpace;
    /** The open block is a paragraph whatever it looks like ({@link #readOnItsOwn}). */
    private boolean asParagraph;
    private int pendingSpacePos;
    /** Source offset of the last character written, or -1 when the next one must start a new run. */
    private int lastPos = -1;

    private HtmlExtractor(String html, Document document) {
        this.html = html;
        this.lineStarts = lineStarts(html);
        this.chrome = new PageChrome(document.body());
        this.source = new TextNodeSource(html);
    }

    /** Extracts {@code html}, which must already have its line endings normalised to {@code \n}. */
    public static Result extract(String html) {
        Document document = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        HtmlExtractor extractor = new HtmlExtractor(html, document);
        NodeTraversor.filter(extractor, document.body());
        extractor.flush();
        return new Result(extractor.out.toString(), extractor.map.build(), List.copyOf(extractor.blocks),
                PageAddress.ofPage(document));
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            append(text);
        } else if (node instanceof Element element) {
            if (chrome.isChrome(element)) {
                for (Element link : chrome.statutoryLinks(element)) readOnItsOwn(link);
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = element.normalName();
            if (tag.equals("br")) {
                lineBreak();
                return FilterResult.CONTINUE;
            }
            if (BLOCK_TAGS.contains(tag)) flush();
            int h = headingLevel(tag);
            if (h > 0) headingLevel = h;
            else if (tag.equals("li")) listDepth++;
            else if (tag.equals("b") || tag.equals("strong")) boldDepth++;
            else if (tag.equals("td") || tag.equals("th")) tableDepth++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("a")) appendHref(element);
            if (BLOCK_TAGS.contains(tag)) flush();
            if (headingLevel(tag) > 0) headingLevel = 0;
            else if (tag.equals("li")) listDepth--;
            else if (tag.equals("b") || tag.equals("strong")) boldDepth--;
            else if (tag.equals("td") || tag.equals("th")) tableDepth--;
        }
        return FilterResult.CONTINUE;
    }

    /**
     * A link kept from the page chrome, as a paragraph of its own: its text and its target, mapped
     * to the source like any other text, and never taken for a heading however short.
     */
    private void readOnItsOwn(Element link) {
        flush();
        asParagraph = true;
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) append(text);
        }, link);
        appendHref(link);
        flush();
    }

    /** White space collapses to one space, and none is kept at the edges of a block. */
    private void append(TextNode node) {
        String s = node.getWholeText();
        TextNodeSource.Positions positions = source.positions(node, s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (open && !pendingSpace) {
                    pendingSpace = true;
                    pendingSpacePos = positions.at(i);
                }
                continue;
            }
            if (!open) openBlock();
            else if (pendingSpace) write(' ', pendingSpacePos);
            pendingSpace = false;
            lastWasBreak = false;
            if (boldDepth == 0) allBold = false;
            write(c, positions.at(i));
        }
    }

    /**
     * A link's target is evidence too ("<a href=…>withdraw consent</a>"), so after the link text
     * comes " (target)" for web and mail links; the value scanners then find it as a URL or an
     * e-mail in the sentence it stands in. It is mapped to the link's end tag, not to the href
     * attribute: the attribute comes before the link text in the source, and a sentence's span
     * must not end before it starts. Links whose text already shows the target, and in-page or
     * script links, add nothing.
     */
    private void appendHref(Element a) {
        if (!open) return;
        String href = a.attr("href").strip();
        String lower = href.toLowerCase(Locale.ROOT);
        String shown;
        if (lower.startsWith("mailto:")) {
            shown = href.substring(7);
            int query = shown.indexOf('?');
            if (query >= 0) shown = shown.substring(0, query);
        } else if (lower.startsWith("http://") || lower.startsWith("https://")) {
            shown = href;
        } else {
            return;
        }
        if (shown.isEmpty() || shown.length() > 2000 || a.text().contains(shown)) return;
        Range end = a.endSourceRange();
        int at = end.isTracked() && end.startPos() > lastPos ? end.startPos() : -1;
        write(' ', -1);
        write('(', at);
        for (int i = 0; i < shown.length(); i++) write(shown.charAt(i), at);
        write(')', at);
        pendingSpace = false;
        lastWasBreak = false;
        allBold = false;
    }

    /**
     * {@code <br>} is a space inside a paragraph, but two in a row separate paragraphs, and one
     * after a bold run ({@code <b>Cookies</b><br>We use …}) ends a heading.
     */
    private void lineBreak() {
        if (!open) return;
        if (lastWasBreak || (allBold && boldDepth == 0)) {
            flush();
            return;
        }
        lastWasBreak = true;
        if (!pendingSpace) {
            pendingSpace = true;
            pendingSpacePos = -1;
        }
    }

    private void write(char c, int pos) {
        if (pos >= 0 && (lastPos < 0 || pos != lastPos + 1 || html.charAt(lastPos) == '\n')) {
            int line = line(pos);
            map.run(out.length(), line + 1, pos - lineStarts[line] + 1);
        }
        out.append(c);
        lastPos = pos;
    }

    private void openBlock() {
        if (out.length() > 0) out.append("\n\n");
        lastPos = -1;
        open = true;
        blockStart = out.length();
        allBold = true;
        inTable = tableDepth > 0;
        lastWasBreak = false;
        if (asParagraph) {
            kind = BlockKind.PARAGRAPH;
            level = 0;
        } else if (headingLevel > 0) {
            kind = BlockKind.HEADING;
            level = headingLevel;
        } else if (listDepth > 0) {
            kind = BlockKind.LIST_ITEM;
            level = listDepth;
        } else {
            kind = BlockKind.PARAGRAPH;
            level = 0;
        }
    }

    private void flush() {
        pendingSpace = false;
        boolean plain = !asParagraph;
        asParagraph = false;
        if (!open) return;
        open = false;
        int end = out.length();
        if (kind == BlockKind.PARAGRAPH && !inTable && plain) {
            int headingAs = plainHeadingLevel(blockStart, end);
            if (headingAs > 0) {
                blocks.add(new RawBlock(BlockKind.HEADING, headingAs, blockStart, end));
                return;
            }
        }
        blocks.add(new RawBlock(kind, level, blockStart, end));
    }

    /** A paragraph that reads as a title (bold, numbered, in capitals, short Title Case), else 0. */
    private int plainHeadingLevel(int start, int end) {
        int words = HeadingRules.wordsUpTo(out, start, end, 15);
        ListMarker marker = ListMarker.at(out, start, end);
        if (marker != null && marker.sectionNumber() > 0 && HeadingRules.isNumberedTitle(out, marker.textStart(), end)) {
            return Math.min(6, 1 + marker.sectionNumber());
        }
        if (allBold && words <= 15 && !HeadingRules.endsWith(out, end, ".")) return 4;
        if (HeadingRules.isAllCapsTitle(out, start, end)) return 3;
        return HeadingRules.isShortTitle(out, start, end, true) ? 4 : 0;
    }

    private static int headingLevel(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
                ? tag.charAt(1) - '0' : 0;
    }

    /** 0-based line of source offset {@code pos}. */
    private int line(int pos) {
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= pos) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    private static int[] lineStarts(String s) {
        int count = 1;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') count++;
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') starts[k++] = i + 1;
        return starts;
    }
}
