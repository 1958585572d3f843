package checkpolicy.extract.internal;

/**
 * A word of a sentence. {@code clause} numbers the stretches between semicolons, colons,
 * brackets and words like "but" or "unless", so negation is looked for only where it can apply.
 *
 * @param start offset of the word in the document text
 * @param lower the word in lower case with curly apostrophes straightened
 * @param stem Porter stem of {@code lower}
 * @param original the word as written, for case-sensitive slots ({@code =Limited})
 */
public record Token(int start, int end, String lower, String stem, String original, int clause) {}
