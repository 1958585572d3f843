package checkpolicy.ingest.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The web address a policy was published at, where the file says it: an HTML page's canonical
 * address, the original address inside a Wayback Machine link in an archive header, or a first
 * line that holds nothing but an address (as crawls of policies save them). Rules use its site as
 * one of the business's own (a rights form at the page's own domain is the business's own link,
 * whatever domain its e-mail addresses are at).
 */
public final class PageAddress {

    private static final Pattern WAYBACK = Pattern.compile("web\\.archive\\.org/web/[0-9]+[a-z_]*/(https?(?::|%3A)//[^\\s)\\]\"']+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE = Pattern.compile("https?://[^\\s/]+\\.[a-z]{2,}(?:[/?#]\\S*)?", Pattern.CASE_INSENSITIVE);

    /** How far into a text file an address may stand: a header, not a link in the body. */
    private static final int FIRST_LINES = 3;

    /** A longer first line is a page run onto one line, not a header. */
    private static final int LONGEST_LINE = 2_000;

    private PageAddress() {}

    /** From a plain text or Markdown file: its first lines' Wayback link, or a first line that is an address; else null. */
    public static String ofText(String text) {
        int start = 0;
        int read = 0;
        while (read < FIRST_LINES && start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            int from = start;
            start = end + 1;
            if (end - from > LONGEST_LINE) return null;
            String line = text.substring(from, end).strip();
            if (line.isEmpty()) continue;
            read++;
            Matcher wayback = WAYBACK.matcher(line);
            if (wayback.find()) return decoded(wayback.group(1));
            if (read == 1 && BARE.matcher(line).matches()) return line;
        }
        return null;
    }

    /** "http%3A//careermitra.com//privacy" as the address it encodes; as written when its escapes are broken. */
    private static String decoded(String address) {
        try {
            return URLDecoder.decode(address, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return address;
        }
    }

    /** From an HTML page: its {@code <link rel="canonical">}, else its {@code og:url}; else null. */
    static String ofPage(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String href = canonical != null ? canonical.attr("href").strip() : "";
        if (!BARE.matcher(href).matches()) {
            Element og = page.selectFirst("meta[property=og:url][content]");
            href = og != null ? og.attr("content").strip() : "";
        }
        return BARE.matcher(href).matches() ? href : null;
    }
}
