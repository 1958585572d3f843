package checkpolicy.report.render;

import checkpolicy.facts.Applicability;
import checkpolicy.facts.Finding;
import checkpolicy.facts.Span;
import checkpolicy.facts.Status;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.InputError;
import checkpolicy.report.Report;
import checkpolicy.report.Review;
import checkpolicy.report.RuleSetResult;
import checkpolicy.report.Suppression;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

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
        for (RuleSetResult r : d.results()) result(g, d, r, review);
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

    private static void result(JsonGenerator g, DocumentReport d, RuleSetResult r, Review review) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleset", r.ruleset());
        g.writeStringField("version", r.version());
        if (r.asOf() != null) g.writeStringField("asOf", r.asOf().toString());
        if (r.score() != null) g.writeNumberField("score", r.score());
        else g.writeNullField("score");
        g.writeStringField("grade", r.grade());
        g.writeObjectFieldStart("categories");
        for (Map.Entry<String, Double> c : r.categories().entrySet()) g.writeNumberField(c.getKey(), c.getValue());
        g.writeEndObject();
        g.writeObjectFieldStart("counts");
        for (Status s : Status.values()) g.writeNumberField(s.name(), r.count(s));
        g.writeEndObject();
        g.writeArrayFieldStart("conditions");
        for (Applicability a : r.conditions()) {
            g.writeStartObject();
            g.writeStringField("key", a.key());
            g.writeBooleanField("holds", a.holds());
            g.writeStringField("source", a.source().name());
            // A default's reason is the rule set's question, the same for every policy.
            if (a.source() != Applicability.Source.DEFAULT) g.writeStringField("reason", a.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Assessment a : r.assessments()) finding(g, a, review.of(d, r, a).orElse(null));
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Assessment a, Suppression suppression) throws IOException {
        Finding f = a.finding();
        g.writeStartObject();
        g.writeStringField("requirement", a.requirement().id());
        g.writeStringField("status", f.status().name());
        g.writeStringField("severity", a.requirement().severity().label());
        g.writeArrayFieldStart("evidence");
        for (Span s : f.evidence()) {
            g.writeStartObject();
            JsonRenderer.span(g, s);
            g.writeStringField("quote", s.quote());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("reason", f.reason());
        JsonRenderer.suppression(g, suppression);
        g.writeEndObject();
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        return JSON.createGenerator(out).configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }
}
