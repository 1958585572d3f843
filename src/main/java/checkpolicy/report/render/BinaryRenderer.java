package checkpolicy.report.render;

import checkpolicy.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/** A renderer whose output is bytes, not text (PDF): it writes to a stream, never to a terminal. */
public interface BinaryRenderer extends Renderer {

    /** Writes the report to {@code out}; leaves it open. */
    void render(Report report, OutputStream out) throws IOException;

    @Override
    default void render(Report report, Writer out) throws IOException {
        throw new IOException(name() + " is a binary format: write it to a file");
    }
}
