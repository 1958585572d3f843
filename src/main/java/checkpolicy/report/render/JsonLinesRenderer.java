package checkpolicy.report.render;

import checkpolicy.report.DocumentReport;
import checkpolicy.report.InputError;
import checkpolicy.report.Report;
import checkpolicy.report.Review;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON Lines for batch runs: one line per document, the same object as an element of the JSON
 * report's {@code documents}, and one {@code {"file": …, "error": …}} line per input that could
 * not be read. A line depends on its document alone, so a batch can write each as it is done
 * ({@link #document}, {@link #error}) instead of holding every report until the end.
 */
public final class JsonLinesRenderer implements Renderer {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String extension() {
        return "jsonl";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        for (DocumentReport d : report.documents()) document(d, report.review(), out);
        for (InputError e : report.errors()) error(e, out);
    }

    /** Writes one document's line, with the gate's marks from {@code review}. */
    public void document(DocumentReport document, Review review, Writer out) throws IOException {
        JsonGenerator g = generator(out);
        JsonRenderer.document(g, document, review);
        g.flush();
        out.write('\n');
    }

    /** Writes the line of an input that could not be read; the run goes on. */
    public void error(InputError error, Writer out) throws IOException {
        JsonGenerator g = generator(out);
        g.writeStartObject();
        g.writeStringField("file", error.path());
        g.writeStringField("error", error.message());
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        return JSON.createGenerator(out).configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }
}
