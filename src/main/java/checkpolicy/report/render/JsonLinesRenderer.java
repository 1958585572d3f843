package checkpolicy.report.render;

import checkpolicy.report.DocumentReport;
import checkpolicy.report.InputError;
import checkpolicy.report.Report;
import checkpolicy.report.Review;
import checkpolicy.report.RuleSetResult;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON Lines for batch runs: one lean line per document, and one {@code {"file": …, "error": …}}
 * line per input that could not be read. A line depends on its document alone, so a batch can
 * write each as it is done ({@link #document}, {@link #error}) instead of holding every report.
 *
 * <p>A line holds only what differs from policy to policy, in a fixed order:
 * {@code path}, {@code sha256}, {@code format}, {@code archivedOn} (when known), and per rule set
 * {@code ruleset}, {@code version}, {@code asOf} (when given), {@code score}, {@code grade},
 * {@code categories}, {@code counts}, {@code conditions} (key, holds, source, and the reason
 * unless the condition took its default) and {@code findings}: per requirement {@code requirement},
 * {@code status}, {@code severity}, {@code evidence} (span and quote, as in the JSON report),
 * {@code reason} and, when the gate waived it or found it in the baseline, {@code suppression}.
 * What is the same for every policy (a requirement's title, citation, remediation, sample clause,
 * the default conditions' questions) is left out: {@code checkpolicy explain ID} and
 * {@code checkpolicy rulesets show ID} give it, and {@code --format json} gives the whole document,
 * with the extracted facts and values, which a batch line leaves out too (a line is a fifth of
 * the full object over the DMOZ corpus, docs/performance.md).
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
    public void document(DocumentReport d, Review review, Writer out) throws IOException {
        JsonGenerator g = generator(out);
        g.writeStartObject();
        g.writeStringField("path", d.path());
        g.writeStringField("sha256", d.sha256());
        g.writeStringField("format", d.format());
        if (d.archivedOn() != null) g.writeStringField("archivedOn", d.archivedOn());
        g.writeArrayFieldStart("results");
        for (RuleSetResult r : d.results()) JsonRenderer.result(g, d, r, review, true);
        g.writeEndArray();
        g.writeEndObject();
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
