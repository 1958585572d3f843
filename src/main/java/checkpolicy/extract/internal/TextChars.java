package checkpolicy.extract.internal;

/**
 * A text's characters as one array, and ASCII fast paths for the character classes the scanners
 * and the tokenizer ask about. {@code String.charAt} checks its index on every call, and on a text with one
 * typographic quote (stored as UTF-16) that check is a call of its own; the scanners' loops walk
 * every character of a policy several times, so they read the array instead.
 */
public final class TextChars {

    /**
     * The last text's array, per thread: the scanners of one text, then the tokenizer over its
     * sentences, run one after another on one thread, so they share one copy.
     */
    private static final ThreadLocal<TextChars> LAST = new ThreadLocal<>();

    private final String text;
    private final char[] chars;

    private TextChars(String text) {
        this.text = text;
        this.chars = text.toCharArray();
    }

    /** The characters of {@code text}; do not change them. */
    public static char[] of(String text) {
        TextChars last = LAST.get();
        if (last != null && last.text == text) return last.chars;
        TextChars made = new TextChars(text);
        LAST.set(made);
        return made.chars;
    }

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        return Character.isLetter(c);
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return Character.isLetterOrDigit(c);
    }

    /** {@link Character#isDigit(char)}. */
    public static boolean isDigit(char c) {
        if (c < 128) return c >= '0' && c <= '9';
        return Character.isDigit(c);
    }

    /** {@link Character#isLowerCase(char)}. */
    public static boolean isLowerCase(char c) {
        if (c < 128) return c >= 'a' && c <= 'z';
        return Character.isLowerCase(c);
    }
}
