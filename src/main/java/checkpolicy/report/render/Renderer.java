package checkpolicy.report.render;

import checkpolicy.report.Report;
import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. Reads the report only; never closes the writer it is given. */
public interface Renderer {

    /** The name users give with --format. */
    String name();

    /** The usual file extension, without the dot. */
    String extension();

    void render(Report report, Writer out) throws IOException;

    /**
     * Whether this format shows the passages read from context ({@code DocumentReport.context()}):
     * when it does not, a check need not read them, as no verdict depends on them.
     */
    default boolean showsContext() {
        return false;
    }
}
