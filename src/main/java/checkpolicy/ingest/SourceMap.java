package checkpolicy.ingest;

import checkpolicy.facts.Span;
import java.util.Arrays;

/**
 * Turns offsets into the analysed text back into 1-based line:column positions in the original
 * file. For plain text the analysed text is the file itself; for HTML it is the visible text,
 * and each run of it remembers where it came from.
 */
public final class SourceMap {

    /** Start offset in the analysed text of each run, ascending. */
    private final int[] runStarts;
    /** Line and column in the original file where each run begins. */
    private final int[] runLines;
    private final int[] runColumns;

    private SourceMap(int[] runStarts, int[] runLines, int[] runColumns) {
        this.runStarts = runStarts;
        this.runLines = runLines;
        this.runColumns = runColumns;
    }

    /** The identity map for text that is the original file: one run per line. */
    public static SourceMap identity(String text) {
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
        int[] starts = new int[lines];
        int[] ls = new int[lines];
        int[] cs = new int[lines];
        int line = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[++line] = i + 1;
        for (int i = 0; i < lines; i++) {
            ls[i] = i + 1;
            cs[i] = 1;
        }
        return new SourceMap(starts, ls, cs);
    }

    /** Collects runs for text assembled from pieces of an original file (HTML). */
    public static Builder builder() {
        return new Builder();
    }

    /** 1-based line of the character at {@code offset}. */
    public int line(int offset) {
        return runLines[run(offset)];
    }

    /** 1-based column of the character at {@code offset}. */
    public int column(int offset) {
        int r = run(offset);
        return runColumns[r] + (offset - runStarts[r]);
    }

    /** The span of {@code text[start, end)}; the quote is that stretch of the analysed text. */
    public Span span(String text, int start, int end) {
        int last = Math.max(start, end - 1);
        int line = line(start), column = column(start);
        int endLine = line(last), endColumn = column(last) + (end > start ? 1 : 0);
        if (endLine < line || (endLine == line && endColumn < column)) {
            // Source order and text order disagree (an extractor placed text out of source order):
            // a span that starts right is more use than none, and one bad file must not stop a batch.
            endLine = line;
            endColumn = column + (end > start ? 1 : 0);
        }
        return new Span(line, column, endLine, endColumn, text.substring(start, end));
    }

    private int run(int offset) {
        int i = Arrays.binarySearch(runStarts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /** Records, in ascending order of analysed offset, where each piece of text came from. */
    public static final class Builder {
        private int[] starts = new int[64];
        private int[] lines = new int[64];
        private int[] columns = new int[64];
        private int size;

        /** The analysed text from {@code offset} on begins at {@code line}:{@code column} of the original. */
        public Builder run(int offset, int line, int column) {
            if (size > 0 && starts[size - 1] == offset) {
                size--; // a later run at the same offset replaces an empty one
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
                columns = Arrays.copyOf(columns, size * 2);
            }
            starts[size] = offset;
            lines[size] = line;
            columns[size] = column;
            size++;
            return this;
        }

        public SourceMap build() {
            if (size == 0) run(0, 1, 1);
            return new SourceMap(Arrays.copyOf(starts, size), Arrays.copyOf(lines, size), Arrays.copyOf(columns, size));
        }
    }
}
