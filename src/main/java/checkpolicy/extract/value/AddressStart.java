package checkpolicy.extract.value;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a postal address begins, found by walking back from its postcode: after a label
 * ("Registered office:", "Address -", "located at", "write to us at", "… at" before a capital), else at the start of its
 * line, taking in the lines above while they read like address lines (end in a comma, or are
 * short and unpunctuated). Never more than {@value #MAX_BACK} characters back, never across a
 * blank line or a sentence end.
 */
final class AddressStart {

    static final int MAX_BACK = 200;
    private static final int MAX_LINES_ABOVE = 4;
    private static final int SHORT_LINE = 60;

    private static final Pattern LABEL = Pattern.compile(
            "(?:(?:registered|corporate|head|principal|postal|mailing|office|communication|correspondence|business)"
                    + "[ \\t]{1,2}(?:office[ \\t]{1,2})?)?address(?:[ \\t]{0,2}[:\u2013-]|[ \\t]{1,2}is\\b)"
                    + "|(?:registered|corporate|head|principal|branch)[ \\t]{1,2}office(?:[ \\t]{1,2}address)?"
                    + "(?:[ \\t]{1,2}(?:is|at))?[ \\t]{0,2}[:\u2013-]?"
                    + "|located[ \\t]{1,2}at|situated[ \\t]{1,2}at|(?:write|contact|reach)[ \\t]{1,2}(?:to[ \\t]{1,2})?us[ \\t]{1,2}at"
                    + "|write[ \\t]{1,2}to|attn[ \\t]{0,2}[:.]|attention[ \\t]{0,2}:|(?:post|mail)[ \\t]{1,2}at"
                    // "… or writing to her at Barrington House, …": a lower-case "at" before a name or number
                    + "|(?-i:\\bat)[ \\t]{1,2}(?=[A-Z0-9])"
                    // "… outside the EEA is Elsevier B.V., Radarweg 29, …": a lower-case "is" before a name
                    + "|(?-i:\\bis[ \\t]{1,2}(?=[A-Z]))",
            Pattern.CASE_INSENSITIVE);

    /** The first words of the labels above, so the pattern is tried only where one can start. */
    private static final Set<String> LABEL_FIRST_WORDS = Set.of("registered", "corporate", "head", "principal",
            "postal", "mailing", "office", "communication", "correspondence", "business", "address", "branch",
            "located", "situated", "write", "contact", "reach", "attn", "attention", "post", "mail", "at", "is");

    /** Abbreviations whose dot does not end a sentence inside an address. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "pvt", "ltd", "co", "no", "nos", "st", "rd", "opp", "nr", "dr", "mr", "ms", "mrs", "smt", "shri",
            "inc", "corp", "ave", "blvd", "bldg", "apt", "flr", "dist", "p", "o", "b", "vs", "sr", "jr", "u", "s");

    /**
     * Lower-case words of addresses besides {@link PostalScanner#isAddressWord}'s: particles of
     * names, streets in other languages, company forms, and the landmarks and units Indian
     * addresses give in lower case ("2nd floor, near bus stand, behind police station").
     */
    private static final Set<String> LOWER_CASE_ADDRESS_WORDS = Set.of((
            "of for on upon and the de du des la le les van von der den am an im auf del di da do dos das"
                    + " rue carrefour chemin allée impasse quai cours route via calle avenida rua piazza viale corso"
                    + " plc ltd llc inc gmbh bv"
                    + " fl above beside next opposite off no nos stage extension extn first second third fourth"
                    + " ground basement mezzanine flat door shop office city town state pin pincode ward survey zone"
                    + " bus stand station railway metro depot temple mandir masjid church school college hospital bank"
                    + " police petrol pump circle junction gate bridge flyover mall hotel cinema theatre garden lake hill"
                    + " hills tank fort palace towers tehsil mandal path peth halli palya wadi gaon ganj").split(" "));

    private AddressStart() { }

    /** The offset where the address ending at {@code anchor} (its postcode) begins. */
    static int find(Anchors.Scope scope, int anchor) {
        return find(scope, anchor, true);
    }

    /** Where the address would begin if the prose before it were not cut off: the start before {@link #afterProse} was added. */
    static int findWithProse(Anchors.Scope scope, int anchor) {
        return find(scope, anchor, false);
    }

    private static int find(Anchors.Scope scope, int anchor, boolean cutProse) {
        String text = scope.text();
        int limit = Math.max(0, anchor - MAX_BACK);
        limit = Math.max(limit, afterBlankLine(text, limit, anchor));
        limit = Math.max(limit, afterSentenceEnd(text, limit, anchor));

        limit = Math.max(limit, afterBreakingPunctuation(text, limit, anchor));

        int labelEnd = lastLabelEnd(scope, limit, anchor);
        int start = labelEnd >= 0 ? labelEnd : linesStart(text, limit, anchor);
        if (cutProse) start = afterProse(text, start, anchor);
        while (start < anchor && (isSpace(text.charAt(start)) || ",:;-\u2013*\u2022>".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        return skipLeadingSmallWords(text, start, anchor);
    }

    /**
     * Just after the last character that no address holds: a colon ("Email: … 12 MG Road"), a bar
     * or bullet of a navigation bar, a semicolon, a square bracket or a quotation mark (round
     * brackets stay: "Andheri (East)").
     */
    private static int afterBreakingPunctuation(String text, int limit, int anchor) {
        for (int i = anchor - 1; i >= limit; i--) {
            if (":|;\u2022()[]\"\u201c\u201d".indexOf(text.charAt(i)) >= 0) return i + 1;
        }
        return limit;
    }

    /**
     * Just after the last word of prose before the address: a lower-case word no address holds
     * ("… should be addressed to info@hhforcats.org or 2914 N. Elston Ave."), or an email address.
     * Addresses are written in capitals and numbers, with a few lower-case words of their own
     * ("4th floor", "12 rue de la Paix", "Frankfurt am Main"). {@code start} when no such word
     * comes before the anchor, or nothing but the postcode would be left.
     */
    private static int afterProse(String text, int start, int anchor) {
        int cut = -1;
        int i = start;
        while (i < anchor) {
            while (i < anchor && isSpace(text.charAt(i))) i++;
            int tokenStart = i;
            while (i < anchor && !isSpace(text.charAt(i))) i++;
            if (i > tokenStart) cut = Math.max(cut, proseEnd(text, tokenStart, i));
        }
        if (cut < 0) return start;
        int after = cut;
        while (after < anchor && !Character.isLetterOrDigit(text.charAt(after))) after++;
        return after < anchor ? after : start;
    }

    /** No-break spaces too: pages saved from HTML are full of them. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Where the prose in a space-free token ends, or -1 when it holds none. A page that lost its
     * line breaks runs words together ("below.FredrixArtistCanvas.com322", "noelb@wsba.orgWashington"):
     * the prose ends where a capital follows it.
     */
    private static int proseEnd(String text, int start, int end) {
        int at = indexOf(text, '@', start, end);
        if (at >= 0) return capitalAfterLastDot(text, at, end);
        if (!Character.isLowerCase(text.charAt(start))) return -1;
        int e = start;
        while (e < end && Character.isLowerCase(text.charAt(e))) e++;
        // "c/o", a name with a number ("state51") or a brand ("eBay") is no prose
        if (e - start < 2 || e < end && Character.isDigit(text.charAt(e))) return -1;
        String word = text.substring(start, e);
        // "below.Terracon Consultants": a sentence run into the name after it, whatever its last word
        boolean runOn = e + 1 < end && ".!?".indexOf(text.charAt(e)) >= 0 && Character.isUpperCase(text.charAt(e + 1));
        if (runOn && !ABBREVIATIONS.contains(word)) return e;
        if (LOWER_CASE_ADDRESS_WORDS.contains(word) || PostalScanner.isAddressWord(word)) return -1;
        return e < end && Character.isUpperCase(text.charAt(e)) ? e : end;
    }

    /** The first capital after the domain's last dot that follows a lower-case letter ("….orgWashington"), else {@code end}. */
    private static int capitalAfterLastDot(String text, int at, int end) {
        int dot = at;
        for (int i = at; i < end; i++) if (text.charAt(i) == '.') dot = i;
        for (int i = dot + 2; i < end; i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) return i;
        }
        return end;
    }

    /** The first {@code c} in {@code [start, end)}, or -1; never searches past {@code end}. */
    private static int indexOf(String text, char c, int start, int end) {
        for (int i = start; i < end; i++) if (text.charAt(i) == c) return i;
        return -1;
    }

    /** "of 7 Bell Yard", "at 12 MG Road": up to three short lower-case words before the address proper. */
    private static int skipLeadingSmallWords(String text, int start, int anchor) {
        int i = start;
        for (int words = 0; words < 3; words++) {
            int e = i;
            while (e < anchor && Character.isLowerCase(text.charAt(e))) e++;
            if (e == i || e - i > 4 || e >= anchor || text.charAt(e) != ' ') break;
            i = e + 1;
        }
        return i;
    }

    /**
     * The end of the last label in the window, or -1. Labels start a word, so the pattern is
     * tried only at word starts, from the anchor backwards: the first hit is the last label.
     */
    private static int lastLabelEnd(Anchors.Scope scope, int limit, int anchor) {
        String text = scope.text();
        for (int i = anchor - 1; i >= limit; i--) {
            boolean wordStart = Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetter(text.charAt(i - 1)));
            if (!wordStart || !LABEL_FIRST_WORDS.contains(wordAt(text, i, anchor))) continue;
            Matcher label = scope.around(LABEL, i, anchor);
            if (label.lookingAt()) return label.end();
        }
        return -1;
    }

    /** The start of the anchor's line, moved up over the address lines above it. */
    private static int linesStart(String text, int limit, int anchor) {
        int lineStart = lineStartOf(text, anchor, limit);
        for (int taken = 0; taken < MAX_LINES_ABOVE && lineStart > limit; taken++) {
            int prevEnd = lineStart - 1;  // the newline
            int prevStart = lineStartOf(text, prevEnd, limit);
            boolean cutByWindow = prevStart == limit && limit > 0 && text.charAt(limit - 1) != '\n';
            if (cutByWindow) break;  // the line above runs past the window: not an address line
            String line = text.substring(prevStart, prevEnd).strip();
            if (!readsLikeAddressLine(line)) break;
            lineStart = prevStart;
        }
        return lineStart;
    }

    private static boolean readsLikeAddressLine(String line) {
        if (line.isEmpty()) return false;
        if (line.endsWith(",")) return true;
        char last = line.charAt(line.length() - 1);
        boolean heading = line.startsWith("#") || line.matches("\\d{1,2}[.)]\\s.*");
        return line.length() <= SHORT_LINE && ".?!:".indexOf(last) < 0 && !heading;
    }

    private static String wordAt(String text, int start, int limit) {
        int end = start;
        while (end < limit && end - start < 15 && Character.isLetter(text.charAt(end))) end++;
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static int lineStartOf(String text, int from, int limit) {
        int i = from;
        while (i > limit && text.charAt(i - 1) != '\n') i--;
        return i;
    }

    private static int afterBlankLine(String text, int limit, int anchor) {
        int result = limit;
        int lastNewline = -1;
        for (int i = limit; i < anchor; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lastNewline >= 0) result = i + 1;
                lastNewline = i;
            } else if (!Character.isWhitespace(c)) {
                lastNewline = -1;
            }
        }
        return result;
    }

    /** Just after the last ". " (or "? ", "! ") that ends a sentence rather than an abbreviation. */
    private static int afterSentenceEnd(String text, int limit, int anchor) {
        for (int i = anchor - 2; i > limit; i--) {
            char c = text.charAt(i);
            // a no-break space after the stop ends a sentence too: pages saved from HTML are full of them
            if ((c == '.' || c == '?' || c == '!') && (Character.isWhitespace(text.charAt(i + 1)) || Character.isSpaceChar(text.charAt(i + 1)))
                    && (c != '.' || !isAbbreviation(text, i, limit))) {
                return i + 1;
            }
        }
        return limit;
    }

    private static boolean isAbbreviation(String text, int dot, int limit) {
        int s = dot;
        while (s > limit && Character.isLetterOrDigit(text.charAt(s - 1))) s--;
        String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
        // German streets are written as one word with "str." for "Straße": "Chausseestr. 20"
        return word.length() == 1 || ABBREVIATIONS.contains(word) || word.endsWith("str");
    }
}
