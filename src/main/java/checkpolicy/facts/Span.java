package checkpolicy.facts;

/**
 * A stretch of the original file: 1-based line and column of the first character, and of the
 * character just after the last one (endColumn is exclusive), so editors, SARIF viewers and
 * auditors can jump to it. {@code quote} is the text as it reads there.
 */
public record Span(int line, int column, int endLine, int endColumn, String quote) {

    public Span {
        if (line < 1 || column < 1 || endLine < line) {
            throw new IllegalArgumentException("bad span " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
        quote = quote == null ? "" : quote;
    }

    /** Orders spans by where they start in the file; used to keep every report byte-stable. */
    public static int compare(Span a, Span b) {
        int c = Integer.compare(a.line, b.line);
        if (c == 0) c = Integer.compare(a.column, b.column);
        if (c == 0) c = Integer.compare(a.endLine, b.endLine);
        if (c == 0) c = Integer.compare(a.endColumn, b.endColumn);
        return c;
    }
}
