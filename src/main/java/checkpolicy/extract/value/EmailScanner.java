package checkpolicy.extract.value;

import checkpolicy.extract.internal.TextChars;
import checkpolicy.facts.ValueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email addresses, plain ({@code info@contetra.com}) or spelled out against harvesters
 * ({@code info [at] contetra [dot] com}, {@code info(at)contetra.com}); normalised to the real
 * address in lower case.
 *
 * <p>Anchored on each {@code @} or bracketed "at": the local part is walked back at most 64
 * characters and the domain read by a bounded pattern, so a megabyte of {@code a@a@a@} stays linear.
 */
final class EmailScanner implements KindScanner {

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 300;

    /** A bracketed "at" standing for {@code @}: [at] (at) {at} &lt;at&gt;. */
    private static final Pattern BRACKETED_AT =
            Pattern.compile("[\\[({<][\\s\\h]{0,2}at[\\s\\h]{0,2}[\\])}>]", Pattern.CASE_INSENSITIVE);
    /** The longest text {@link #BRACKETED_AT} matches. */
    private static final int BRACKETED_AT_MAX = 8;

    /** Domain labels joined by a dot or a bracketed "dot"; labels cannot hold a bracket, so no ambiguity. */
    private static final Pattern DOMAIN = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:(?:\\.|[\\s\\h]{0,2}[\\[({<][\\s\\h]{0,2}dot[\\s\\h]{0,2}[\\])}>][\\s\\h]{0,2})[A-Za-z0-9-]{1,63}){1,8}",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SPELLED_DOT =
            Pattern.compile("[\\s\\h]{0,2}[\\[({<][\\s\\h]{0,2}dot[\\s\\h]{0,2}[\\])}>][\\s\\h]{0,2}", Pattern.CASE_INSENSITIVE);

    /** Last labels that mean a file name ({@code logo@2x.png}), not a domain. */
    private static final Set<String> FILE_ENDINGS = Set.of(
            "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "css", "js", "pdf", "txt", "html", "htm", "php");

    @Override
    public ValueKind kind() {
        return ValueKind.EMAIL;
    }

    @Override
    public List<ValueMatch> scan(String text) {
        List<ValueMatch> out = new ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            addIfAddress(text, at, at + 1, out);
        }
        // Anchored on each opening bracket, not find(): that tries the pattern at every position of the text.
        Matcher spelled = BRACKETED_AT.matcher(text);
        char[] cs = TextChars.of(text);
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c != '[' && c != '(' && c != '{' && c != '<') continue;
            if (!spelled.region(i, Math.min(text.length(), i + BRACKETED_AT_MAX)).lookingAt()) continue;
            int before = spelled.start();
            int after = spelled.end();
            i = after - 1;
            int spaces = 0;
            while (before > 0 && spaces < 3 && text.charAt(before - 1) == ' ') { before--; spaces++; }
            spaces = 0;
            while (after < text.length() && spaces < 3 && text.charAt(after) == ' ') { after++; spaces++; }
            addIfAddress(text, before, after, out);
        }
        return out;
    }

    /** {@code localEnd} is where the local part stops, {@code domainStart} where the domain begins. */
    private static void addIfAddress(String text, int localEnd, int domainStart, List<ValueMatch> out) {
        int start = localEnd;
        while (start > 0 && localEnd - start < MAX_LOCAL && isLocalChar(text.charAt(start - 1))) start--;
        if (start > 0 && isLocalChar(text.charAt(start - 1))) return;  // longer than any real local part
        while (start < localEnd && text.charAt(start) == '.') start++;
        if (start == localEnd || text.charAt(localEnd - 1) == '.') return;

        Matcher m = DOMAIN.matcher(text).region(domainStart, Math.min(text.length(), domainStart + MAX_DOMAIN));
        if (!m.lookingAt()) return;
        String domain = SPELLED_DOT.matcher(m.group()).replaceAll(".");
        int end = m.end();
        // Back off labels until the last one is a plausible top-level domain ("a@b.com.123" -> "a@b.com").
        while (true) {
            int dot = domain.lastIndexOf('.');
            if (dot < 0) return;
            String tld = domain.substring(dot + 1);
            if (isTopLevel(tld) && !shoutsAfterLowerCase(domain, dot)) break;
            end = rawEndOfLabelBefore(text, end, tld.length());
            domain = domain.substring(0, dot);
        }
        String local = text.substring(start, localEnd);
        String normalized = (local + "@" + domain).toLowerCase(Locale.ROOT);
        out.add(ValueMatch.of(ValueKind.EMAIL, normalized, text, start, end));
    }

    /**
     * Letters only, not a file ending, and all one case: "reachplc.com.This" is a sentence run
     * into the address, not a top-level domain "This".
     */
    private static boolean isTopLevel(String label) {
        if (label.length() < 2 || label.length() > 24) return false;
        for (int i = 0; i < label.length(); i++) if (!Character.isLetter(label.charAt(i))) return false;
        boolean oneCase = label.equals(label.toLowerCase(Locale.ROOT)) || label.equals(label.toUpperCase(Locale.ROOT));
        return oneCase && !FILE_ENDINGS.contains(label.toLowerCase(Locale.ROOT));
    }

    /**
     * A capitalised last label after a lower-case one that could end the domain itself:
     * "privacy@dot.gov.DOT has conducted" runs the next sentence's first word into the address.
     * A two-letter label before it is a second level ("co.UK"), which cannot end the domain.
     */
    private static boolean shoutsAfterLowerCase(String domain, int lastDot) {
        String last = domain.substring(lastDot + 1);
        int before = domain.lastIndexOf('.', lastDot - 1);
        String previous = domain.substring(before + 1, lastDot);
        return before >= 0 && !last.equals(last.toLowerCase(Locale.ROOT))
                && previous.length() > 2 && previous.equals(previous.toLowerCase(Locale.ROOT)) && isTopLevel(previous);
    }

    /** Where the raw text ends once its last label (and the separator before it) is dropped. */
    private static int rawEndOfLabelBefore(String text, int end, int labelLength) {
        int e = end - labelLength;
        Matcher sep = SPELLED_DOT.matcher(text).region(Math.max(0, e - 12), e);
        int cut = e - 1;  // a plain dot
        while (sep.find()) if (sep.end() == e) cut = sep.start();
        return cut;
    }

    private static boolean isLocalChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }
}
