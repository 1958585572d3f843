package checkpolicy.ingest.internal;

import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Finds where each character of a parsed text node stands in the HTML source. Usually the node's
 * text is its source verbatim; where entities ({@code &amp;}) were decoded the source is re-read
 * entity by entity, and if that cannot be matched the positions are approximate.
 */
final class TextNodeSource {

    /** Source offsets of a node's characters; -1 where the node was not tracked. */
    interface Positions {
        int at(int index);
    }

    private static final Positions UNTRACKED = index -> -1;
    /** Longest entity name worth matching ("&CounterClockwiseContourIntegral;" is 33). */
    private static final int MAX_ENTITY = 40;

    private final String html;

    TextNodeSource(String html) {
        this.html = html;
    }

    Positions positions(TextNode node, String text) {
        Range range = node.sourceRange();
        if (!range.isTracked()) return UNTRACKED;
        int start = range.startPos();
        int end = Math.min(range.endPos(), html.length());
        if (start < 0 || end < start) return UNTRACKED;
        if (end - start == text.length() && html.regionMatches(start, text, 0, text.length())) {
            return index -> start + index;
        }
        int[] mapped = rescan(start, end, text);
        if (mapped != null) return index -> mapped[index];
        int last = Math.max(start, end - 1);
        return index -> Math.min(start + index, last);
    }

    /** Matches {@code text} against the source, decoding one entity at a time; null if they differ. */
    private int[] rescan(int start, int end, String text) {
        int[] mapped = new int[text.length()];
        int k = 0;
        int i = start;
        while (i < end && k < text.length()) {
            if (html.charAt(i) == '&') {
                int after = entityEnd(i, end);
                if (after > i + 1) {
                    String reference = html.substring(i, after);
                    String decoded = Parser.unescapeEntities(reference, false);
                    if (!decoded.isEmpty() && !decoded.equals(reference) && text.startsWith(decoded, k)) {
                        for (int d = 0; d < decoded.length(); d++) mapped[k++] = i;
                        i = after;
                        continue;
                    }
                }
            }
            if (text.charAt(k) != html.charAt(i)) return null;
            mapped[k++] = i++;
        }
        return k == text.length() ? mapped : null;
    }

    /** End of the entity reference starting at {@code amp}: its name or number, and the ';' if present. */
    private int entityEnd(int amp, int end) {
        int i = amp + 1;
        if (i < end && html.charAt(i) == '#') i++;
        while (i < end && i - amp < MAX_ENTITY && Character.isLetterOrDigit(html.charAt(i))) i++;
        if (i < end && html.charAt(i) == ';') i++;
        return i;
    }
}
