package checkpolicy.report.render.internal.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small writer of well-formed XHTML: every element closed, text and attributes escaped, no
 * named entities. openhtmltopdf parses the page as XML, and browsers read the same bytes as HTML,
 * so one page serves both outputs.
 */
final class Html {

    /** Longer addresses may break: kept whole they could run past the page edge. Brackets and
     *  punctuation around an address go with it, so "]." does not start a line of its own. */
    private static final int UNBROKEN = 40;
    private static final Pattern ADDRESS = Pattern.compile(
            "[\\[(\"“]*[^\\s\\[\\]()<>\"“”]*(?:@|://|www\\.)[^\\s\\[\\]()<>\"“”]*[\\])\"”.,;:]*");

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens {@code tag} with attributes given as name, value pairs; a null value leaves the attribute out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    Html close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** An element holding only text: {@code <td class="x">text</td>}. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close();
    }

    /** An empty element written as a pair of tags, which both XML and HTML read the same way. */
    Html empty(String tag, String... attributes) {
        return open(tag, attributes).close();
    }

    Html text(String text) {
        escape(text == null ? "" : text, false);
        return this;
    }

    /**
     * Text in which e-mail addresses and web addresses up to {@link #UNBROKEN} characters stay
     * on one line: the PDF line breaker would otherwise split "privacy@example.in" after the dot.
     */
    Html prose(String text) {
        if (text == null) return this;
        Matcher m = ADDRESS.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.end() - m.start() > UNBROKEN) continue;
            text(text.substring(at, m.start()));
            open("span", "class", "nobr").text(m.group()).close();
            at = m.end();
        }
        return text(text.substring(at));
    }

    /** Markup the caller has already made safe (the style sheet, a doctype). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) throw new IllegalStateException("unclosed elements: " + open);
        return out.toString();
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) throw new IllegalArgumentException("attributes come in name, value pairs");
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) continue;
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
        }
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> {
                    // XML 1.0 forbids most control characters; a policy file may still hold them.
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') out.append(' ');
                    else out.append(c);
                }
            }
        }
    }
}
