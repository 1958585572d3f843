package checkpolicy.ingest.internal;

/** Facts about a whole text that the line parser needs before it reads the first line. */
final class TextLayout {

    private TextLayout() {}

    /**
     * Where the text starts after a YAML front-matter block ({@code ---} … {@code ---} or
     * {@code ...} at the very top), which is metadata rather than policy text; 0 if there is none.
     */
    static int frontMatterEnd(String text) {
        if (!text.startsWith("---\n")) return 0;
        int pos = 4;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0) end = text.length();
            String line = text.substring(pos, end).strip();
            if (line.equals("---") || line.equals("...")) return end + 1;
            pos = end + 1;
        }
        return 0;
    }

    /**
     * Whether the text writes each paragraph on one line instead of hard-wrapping it: some line
     * is longer than anyone wraps at, and fewer than one line in ten is blank.
     */
    static boolean isUnwrapped(String text) {
        int blank = 0, nonBlank = 0, longLines = 0;
        int pos = 0;
        while (pos < text.length()) { // not "<=": the empty line after a final newline is no blank line
            int end = text.indexOf('\n', pos);
            if (end < 0) end = text.length();
            int length = strippedLength(text, pos, end);
            if (length == 0) blank++;
            else nonBlank++;
            if (length > 100) longLines++;
            pos = end + 1;
        }
        return longLines > 0 && blank * 10 < nonBlank;
    }

    /** {@code text.substring(start, end).strip().length()}, without copying the line. */
    private static int strippedLength(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end - start;
    }
}
