package checkpolicy.spark.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a policy came from and when, read from the text when the input does not say. */
public final class PolicyMetadata {

    private PolicyMetadata() {}

    private static final Pattern BARE_URL = Pattern.compile("https?://\\S+");
    /** The archive header's link: {@code https://web.archive.org/web/20141229002208id_/http%3A//www.x.com/privacy}. */
    private static final Pattern WAYBACK = Pattern.compile("web\\.archive\\.org/web/\\d+[a-z_]*/([^)\\s]+)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-\\d{2}-\\d{2}");
    private static final Pattern CATEGORY_ORDINAL = Pattern.compile("^cat\\d+-");

    /** The DMOZ corpus's first line, a bare URL; else the page the archive header links to; else null. */
    public static String urlFrom(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        int end = text.indexOf('\n', start);
        String first = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
        if (BARE_URL.matcher(first).matches()) return first;
        Matcher wayback = WAYBACK.matcher(text.substring(start, Math.min(text.length(), start + 2000)));
        if (wayback.find()) return URLDecoder.decode(wayback.group(1), StandardCharsets.UTF_8);
        return null;
    }

    /** The date as yyyy-MM-dd when it starts with one (a timestamp is cut to its day); else null. */
    public static String day(String date) {
        if (date == null) return null;
        Matcher m = DATE.matcher(date.strip());
        return m.lookingAt() ? m.group() : null;
    }

    public static Integer year(String day) {
        return day == null ? null : Integer.valueOf(day.substring(0, 4));
    }

    /** The first folder of a relative path, without the corpus's "cat7-" ordinal; "unknown" at the top. */
    public static String categoryOf(String relativePath) {
        int slash = relativePath.indexOf('/');
        if (slash <= 0) return "unknown";
        return CATEGORY_ORDINAL.matcher(relativePath.substring(0, slash).toLowerCase(Locale.ROOT)).replaceFirst("");
    }
}
