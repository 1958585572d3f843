package checkpolicy.ingest;

/**
 * One sentence of a block. {@code start}/{@code end} are offsets into {@link PolicyDocument#text()}
 * (end exclusive), trimmed of surrounding white space and list or emphasis markers.
 *
 * @param index position of the sentence in the whole document, from 0
 */
public record Sentence(int index, int start, int end, String text) {}
