package checkpolicy.ingest.internal;

/** Markdown emphasis that wraps a whole block ({@code **…**}, {@code __…__}, {@code *…*}, {@code _…_}), which a quote leaves out. */
final class Emphasis {

    private Emphasis() {}

    /** Whether {@code text[start, end)} is {@code **…**} or {@code __…__} with no such wrapper inside. */
    static boolean isStrongWrapped(CharSequence text, int start, int end) {
        return isWrapped(text, start, end, 2);
    }

    /**
     * {@code {start, end}} of {@code text[start, end)} without wrapping emphasis and the white space
     * inside it; the range itself when nothing wraps it.
     */
    static int[] unwrap(CharSequence text, int start, int end) {
        for (int round = 0; round < 2; round++) {
            int width = isWrapped(text, start, end, 2) ? 2 : isWrapped(text, start, end, 1) ? 1 : 0;
            if (width == 0) break;
            start += width;
            end -= width;
            while (start < end && SentenceSplitter.isSpace(text.charAt(start))) start++;
            while (end > start && SentenceSplitter.isSpace(text.charAt(end - 1))) end--;
        }
        return new int[] {start, end};
    }

    private static boolean isWrapped(CharSequence text, int start, int end, int width) {
        if (end - start <= 2 * width) return false;
        char c = text.charAt(start);
        if (c != '*' && c != '_') return false;
        for (int k = 0; k < width; k++) {
            if (text.charAt(start + k) != c || text.charAt(end - 1 - k) != c) return false;
        }
        if (width == 1 && (text.charAt(start + 1) == c || text.charAt(end - 2) == c)) return false;
        // The wrapper must not occur inside, or "**a** and **b**" would lose its outer marks.
        for (int i = start + width; i + width <= end - width; i++) {
            boolean run = true;
            for (int k = 0; k < width && run; k++) run = text.charAt(i + k) == c;
            if (run) return false;
        }
        return true;
    }
}
