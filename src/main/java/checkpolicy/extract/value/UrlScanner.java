package checkpolicy.extract.value;

import checkpolicy.extract.internal.TextChars;
import checkpolicy.facts.ValueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses: {@code http(s)://…}, {@code www.…}, and bare domains with a common top-level
 * domain ({@code careermitra.com}, {@code mailmarketer.in}). Normalised as written, with
 * {@code https://} put in front when no scheme was given.
 *
 * <p>Bare domains need a known, lower-case top-level domain, so {@code policy.txt},
 * {@code website.In addition} (sentences run together in scraped text) and {@code e.g.} are not
 * addresses; a domain right before or after an {@code @} is an email's, not a URL.
 */
final class UrlScanner implements KindScanner {

    /**
     * What may follow the host: a port, then a path, query or fragment that stops at spaces,
     * quotes (straight or curly), angle brackets. Bounded. A host is letters, digits, dots and
     * hyphens, so "aboutads.info.(c)" and "allaboutcookies.org.“Log" (sentences run together) end
     * at the host.
     */
    private static final String REST = "(?::\\d{1,5})?(?:[/?#][^\\s\\h\"'<>\\\\^`{|}\\[\\]\u201C\u201D\u2018\u2019\u00AB\u00BB]{0,2000})?";

    private static final Pattern WITH_SCHEME =
            Pattern.compile("(?<![A-Za-z0-9])(?i:https?://)(?:\\[[0-9A-Fa-f:.]{2,45}\\]|[A-Za-z0-9][A-Za-z0-9.-]{0,252})" + REST);

    private static final Pattern WWW =
            Pattern.compile("(?<![A-Za-z0-9./@-])(?i:www\\.)[A-Za-z0-9-]{1,63}\\.[A-Za-z0-9][A-Za-z0-9.-]{0,252}" + REST);

    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

    /**
     * Top-level domains common in the policies read. Two-letter codes that are English words
     * (at, be, it, me, no, to, so, is, my, go, do, am, by) are left out: too often a run-together sentence.
     */
    private static final String TLDS = "com|org|net|edu|gov|mil|int|info|biz|io|ai|app|dev|co|tv|xyz|online|site|store"
            + "|tech|shop|asia|blog|cloud|news|live|media|global|world|website|space"
            + "|in|uk|us|ca|au|de|fr|eu|sg|ae|jp|cn|nz|ie|za|nl|es|ch|se|dk|fi|pl|ru|br|mx|hk|ph|pk|bd|lk|np"
            + "|co\\.in|org\\.in|net\\.in|gov\\.in|nic\\.in|ac\\.in|edu\\.in|res\\.in|firm\\.in|gen\\.in|ind\\.in"
            + "|co\\.uk|org\\.uk|ac\\.uk|gov\\.uk|com\\.au|org\\.au|gov\\.au|edu\\.au|co\\.nz|co\\.za|com\\.sg|com\\.br";

    /** The top-level domains a word run into a host is cut after ("dougstubes.comDoug"). */
    private static final Set<String> GENERIC_TOP_LEVELS = Set.of("com", "org", "net", "edu", "gov", "info", "biz");

    /** A bare domain: whole labels, a known lower-case TLD, not touching an {@code @} or more word characters. */
    private static final Pattern BARE = Pattern.compile(
            "(?<![A-Za-z0-9@._%+/:-])(?:" + LABEL + "\\.){1,6}(?:" + TLDS + ")(?![A-Za-z0-9@_-]|\\.[A-Za-z0-9])"
                    + "(?:[/?#][^\\s\\h\"'<>\\\\^`{|}\\[\\]\u201C\u201D\u2018\u2019\u00AB\u00BB]{0,2000})?");

    @Override
    public ValueKind kind() {
        return ValueKind.URL;
    }

    @Override
    public List<ValueMatch> scan(String text) {
        List<ValueMatch> out = new ArrayList<>();
        Anchors.Scope scope = new Anchors.Scope(text);
        // An anchor inside the address just taken is part of it: skip on past its end, so each
        // character is read by at most one attempt and a megabyte of "http://" stays linear.
        for (int i = text.indexOf("://"); i >= 0; i = text.indexOf("://", i + 3)) {
            int start = i;
            while (start > 0 && i - start < 5 && Character.isLetter(text.charAt(start - 1))) start--;
            int end = take(scope, WITH_SCHEME, start, false, out);
            if (end > i) i = end - 3;
        }
        for (String www : new String[] {"www.", "WWW."}) {
            for (int i = text.indexOf(www); i >= 0; i = text.indexOf(www, i + 4)) {
                int end = take(scope, WWW, i, true, out);
                if (end > i) i = end - 4;
            }
        }
        bareDomains(scope, out);
        return out;
    }

    /**
     * Each run of domain characters that holds a dot before a lower-case letter is tried once,
     * from its start: one bounded attempt per run, however many dots it has.
     */
    private static void bareDomains(Anchors.Scope scope, List<ValueMatch> out) {
        char[] cs = TextChars.of(scope.text());
        int n = cs.length;
        int i = 0;
        while (i < n) {
            if (!isDomainChar(cs[i])) {
                i++;
                continue;
            }
            int runStart = i;
            boolean dotBeforeLetter = false;
            while (i < n && isDomainChar(cs[i])) {
                if (cs[i] == '.' && i + 1 < n && TextChars.isLowerCase(cs[i + 1]) && i > runStart) {
                    dotBeforeLetter = true;
                }
                i++;
            }
            if (dotBeforeLetter) {
                int end = take(scope, BARE, runStart, true, out);
                if (end > i) i = end;  // a path after the domain
            }
        }
    }

    /** Tries the pattern at {@code start}; adds the address and returns its end, or -1. */
    private static int take(Anchors.Scope scope, Pattern pattern, int start, boolean addScheme, List<ValueMatch> out) {
        String text = scope.text();
        Matcher m = scope.around(pattern, start, start + 2400);
        if (!m.lookingAt()) return -1;
        int end = trimTrailing(text, start, runOnSentence(text, start, m.end()));
        String raw = text.substring(start, end);
        if (addScheme && !hasLetterInHost(raw)) return -1;
        out.add(ValueMatch.of(ValueKind.URL, addScheme ? "https://" + raw : raw, text, start, end));
        return end;
    }

    private static boolean isDomainChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }

    /**
     * Cuts an address at a closing bracket it never opened ({@code [policy](https://x.com/p).}),
     * then drops sentence punctuation after it.
     */
    static int trimTrailing(String text, int start, int end) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            if (c == ')' && --depth < 0) {
                end = i;
                break;
            }
        }
        while (end > start && ".,;:!?'\"*".indexOf(text.charAt(end - 1)) >= 0) end--;
        return end;
    }

    /**
     * Where the host ends when a sentence runs on into it: a dot then a capital after a host of
     * two or more lower-case labels ("allaboutdnt.com.Children’s", "ace.multiflora.com.Políticas").
     * "www.TheSite.com" keeps its capitals: "www" alone is no host.
     */
    static int runOnSentence(String text, int start, int end) {
        int host = start;
        // the scheme, if any, opens the match ("https://"): look no further than its length
        for (int k = start; k < Math.min(end, start + 8); k++) {
            if (text.startsWith("://", k)) {
                host = k + 3;
                break;
            }
        }
        boolean lowerLabel = false;
        boolean capitalSeen = false;
        int dots = 0;
        int labelStart = host;
        for (int i = host; i < end; i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == ':') break;
            if (c == '.') {
                if (dots > 0 && lowerLabel && i + 1 < end && Character.isUpperCase(text.charAt(i + 1))) return i;
                dots++;
                lowerLabel = true;
                labelStart = i + 1;
            } else if (!(c >= 'a' && c <= 'z')) {
                // "ico.org.ukChanges", "dougstubes.comDoug": the next word run into the top-level
                // domain of an all lower-case host
                if (Character.isUpperCase(c) && lowerLabel && !capitalSeen && isTopLevel(text.substring(labelStart, i), dots)) {
                    return i;
                }
                capitalSeen |= Character.isUpperCase(c);
                lowerLabel = false;
            }
        }
        return end;
    }

    /** A generic top-level domain, or a country's after two labels ("co.uk"): "www.usCompany.com" is not cut at "us". */
    private static boolean isTopLevel(String label, int dotsBefore) {
        return GENERIC_TOP_LEVELS.contains(label) || label.length() == 2 && dotsBefore >= 2;
    }

    /** True when the host, less "www." and its last label, has a letter: "1.2.com"-like numbers are no address. */
    private static boolean hasLetterInHost(String raw) {
        int from = raw.regionMatches(true, 0, "www.", 0, 4) ? 4 : 0;
        int hostEnd = from;
        while (hostEnd < raw.length() && "/?#".indexOf(raw.charAt(hostEnd)) < 0) hostEnd++;
        int lastDot = raw.lastIndexOf('.', hostEnd - 1);
        for (int i = from; i < lastDot; i++) if (Character.isLetter(raw.charAt(i))) return true;
        return false;
    }
}
