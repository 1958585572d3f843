package checkpolicy.extract.internal;

/**
 * A word of a sentence. {@code clause} numbers the stretches between semicolons, colons,
 * brackets and words like "but" or "unless", so negation is looked for only where it can apply.
 *
 * @param start offset of the word in the document text
 * @param spelling the word as written, with its lower-case form and stem
 */
public record Token(int start, int end, Spelling spelling, int clause) {

    /** The word in lower case with curly apostrophes straightened. */
    public String lower() {
        return spelling.lower;
    }

    /** Porter stem of {@link #lower}. */
    public String stem() {
        return spelling.stem;
    }

    /** The word as written, for case-sensitive slots ({@code =Limited}). */
    public String original() {
        return spelling.original;
    }
}
