package checkpolicy.ingest.internal;

import java.util.Set;

/**
 * Recognises headings in text that has no mark-up for them: "1. Consent and Scope",
 * "INFORMATION WE COLLECT", "Use of Cookies". Each test looks at one trimmed line
 * {@code text[start, end)}; the caller decides whether the surroundings allow a heading.
 */
public final class HeadingRules {

    /** Words that stay lower-case in a Title Case heading, and so do not count against it. */
    private static final Set<String> SMALL_WORDS = Set.of(
            "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for",
            "from", "with", "as", "via", "vs", "per", "into", "onto", "over", "about", "that", "we",
            "our", "you", "your", "us", "it", "its", "is", "are", "do", "does", "how", "what", "this");

    /**
     * Words a sentence goes on after (articles, prepositions, conjunctions, possessives,
     * auxiliaries): a line ending on one stops mid-sentence, so it ends no title ({@link #endsLikeTitle}).
     */
    private static final Set<String> RUN_ON_WORDS = Set.of(
            "a", "an", "the", "any", "all", "each", "every", "some", "such", "other", "no", "this", "that", "these",
            "those", "your", "our", "their", "its", "his", "her", "my", "to", "of", "for", "in", "on", "at", "by",
            "with", "from", "into", "about", "as", "than", "via", "per", "and", "or", "but", "nor", "if", "when",
            "where", "which", "who", "whom", "whose", "what", "is", "are", "was", "were", "be", "been", "being",
            "has", "have", "had", "do", "does", "will", "would", "may", "might", "can", "could", "shall", "should",
            "must", "not", "we", "you", "they", "it", "us", "please", "including");

    /** A run of this many digits is a postcode or a phone number's, never a heading's (see {@link #looksLikeAddress}). */
    private static final int POSTCODE_DIGITS = 5;

    private HeadingRules() {}

    /**
     * The text after a section number ("Consent and Scope" of "1. Consent and Scope") reads as a
     * title: capitalised, at most ten words, not ending like a sentence or a clause.
     */
    public static boolean isNumberedTitle(CharSequence text, int start, int end) {
        if (start >= end || !startsUpper(text, start, end)) return false;
        return wordsUpTo(text, start, end, 10) <= 10 && !endsWith(text, end, ".,;!") && !looksLikeAddress(text, start, end)
                && oneSentence(text, start, end);
    }

    /** A line in capitals of at most ten words, such as "PRIVACY POLICY" or "5. YOUR RIGHTS". */
    public static boolean isAllCapsTitle(CharSequence text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2 && wordsUpTo(text, start, end, 10) <= 10 && !endsWith(text, end, ".,;")
                && !looksLikeAddress(text, start, end) && oneSentence(text, start, end);
    }

    /**
     * A short line (at most eight words) without final punctuation that starts with a capital.
     * With {@code titleCase}, more than half of its significant words must be capitalised too,
     * which keeps the first line of a hard-wrapped paragraph from passing for a heading. Up to
     * twelve words pass in Title Case, and a question of up to twelve words passes as it is.
     */
    public static boolean isShortTitle(CharSequence text, int start, int end, boolean titleCase) {
        if (start >= end || !startsUpper(text, start, end)) return false;
        int words = wordsUpTo(text, start, end, 12);
        if (words > 12 || endsWith(text, end, ".,;:!") || endsWithConjunction(text, start, end)
                || looksLikeAddress(text, start, end) || !oneSentence(text, start, end)) {
            return false;
        }
        // "What information do we collect?" on a line of its own titles what follows.
        if (endsWith(text, end, "?")) return true;
        if (words > 8 || titleCase) return mostlyCapitalised(text, start, end);
        return true;
    }

    /**
     * Words separated by white space in {@code text[start, end)}, counted up to {@code max + 1}:
     * every caller compares with a bound of a few words, and a paragraph held on one line of a
     * plain-text file need not be walked to its end to fail it.
     */
    public static int wordsUpTo(CharSequence text, int start, int end, int max) {
        int count = 0;
        boolean inWord = false;
        for (int i = start; i < end && count <= max; i++) {
            boolean space = SentenceSplitter.isSpace(text.charAt(i));
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }

    /** Whether the last character before {@code end} is one of {@code chars}. */
    public static boolean endsWith(CharSequence text, int end, String chars) {
        return end > 0 && chars.indexOf(text.charAt(end - 1)) >= 0;
    }

    /**
     * Whether the last word before {@code end} could end a title: capitalised, a number, or a
     * lower-case word no sentence goes on after ("Change to booking", not "You retain your rights
     * to any"). An address or a link ("privacy@example.com") ends none: the sentence after it is
     * often what it is for ("The contact information above should also be used for requests").
     * Wider than {@link #endsWithConjunction}, which keeps a heading from ending a list item.
     */
    public static boolean endsLikeTitle(CharSequence text, int end) {
        int i = end;
        while (i > 0 && !SentenceSplitter.isSpace(text.charAt(i - 1))) i--;
        while (i < end && !Character.isLetterOrDigit(text.charAt(i))) i++;
        if (i >= end) return false;
        if (Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i))) return true;
        int j = i;
        while (j < end && Character.isLetter(text.charAt(j))) j++;
        return j == end && !RUN_ON_WORDS.contains(text.subSequence(i, j).toString());
    }

    /**
     * "Request to have this information deleted, or" is an item of a list that goes on, not a
     * title: a title does not end on "and", "or" or "nor".
     */
    private static boolean endsWithConjunction(CharSequence text, int start, int end) {
        int wordStart = end;
        while (wordStart > start && Character.isLetter(text.charAt(wordStart - 1))) wordStart--;
        if (wordStart == start || !SentenceSplitter.isSpace(text.charAt(wordStart - 1))) return false;
        String last = text.subSequence(wordStart, end).toString();
        return last.equals("and") || last.equals("or") || last.equals("nor");
    }

    /** "1.3. Exclusions. Personal Data does not include:" is a sentence that starts with a title, not a title. */
    private static boolean oneSentence(CharSequence text, int start, int end) {
        return SentenceSplitter.split(text, start, end).size() <= 1;
    }

    private static boolean startsUpper(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) return Character.isUpperCase(c) || Character.isTitleCase(c);
            if (Character.isDigit(c)) return false;
        }
        return false;
    }

    /**
     * URLs, e-mail addresses and postal addresses or phone numbers on a line of their own are
     * contact details, not headings. A run of five digits marks the last two: a ZIP or PIN code,
     * a phone number's digits ("Seattle, WA 98101", "Tel: 62-21 53699200"); a heading's numbers
     * are section numbers and years.
     */
    private static boolean looksLikeAddress(CharSequence text, int start, int end) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '@') return true;
            if (c == ':' && i + 2 < end && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') return true;
            digits = c >= '0' && c <= '9' ? digits + 1 : 0;
            if (digits == POSTCODE_DIGITS) return true;
        }
        return false;
    }

    private static boolean mostlyCapitalised(CharSequence text, int start, int end) {
        int significant = 0;
        int capitalised = 0;
        int i = start;
        while (i < end) {
            while (i < end && SentenceSplitter.isSpace(text.charAt(i))) i++;
            int wordStart = i;
            while (i < end && !SentenceSplitter.isSpace(text.charAt(i))) i++;
            if (wordStart == i) break;
            int first = wordStart;
            while (first < i && !Character.isLetterOrDigit(text.charAt(first))) first++;
            if (first == i || Character.isDigit(text.charAt(first))) continue;
            boolean isFirstWord = significant == 0 && capitalised == 0 && wordStart == firstWordStart(text, start, end);
            if (!isFirstWord && SMALL_WORDS.contains(lower(text, first, i))) continue;
            significant++;
            if (Character.isUpperCase(text.charAt(first))) capitalised++;
        }
        return capitalised * 2 > significant;
    }

    private static int firstWordStart(CharSequence text, int start, int end) {
        int i = start;
        while (i < end && SentenceSplitter.isSpace(text.charAt(i))) i++;
        return i;
    }

    private static String lower(CharSequence text, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
