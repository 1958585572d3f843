package checkpolicy.report.render;

import checkpolicy.facts.Applicability;
import checkpolicy.facts.Disclosure;
import checkpolicy.facts.Finding;
import checkpolicy.facts.Requirement;
import checkpolicy.facts.Span;
import checkpolicy.facts.Status;
import checkpolicy.facts.Value;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.InputError;
import checkpolicy.report.Report;
import checkpolicy.report.Review;
import checkpolicy.report.Suppression;
import checkpolicy.report.RuleSetResult;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The JSON contract of design.md: tool, then per document its facts with spans, its values, and a
 * result per rule set with score, grade and findings. Written field by field in a fixed order so
 * the same input gives byte-identical output.
 */
public final class JsonRenderer implements Renderer {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public boolean showsContext() {
        return true;
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out).configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", report.toolName());
        g.writeStringField("version", report.toolVersion());
        g.writeEndObject();
        g.writeArrayFieldStart("documents");
        for (DocumentReport d : report.documents()) document(g, d, report.review());
        g.writeEndArray();
        g.writeArrayFieldStart("errors");
        for (InputError e : report.errors()) {
            g.writeStartObject();
            g.writeStringField("path", e.path());
            g.writeStringField("message", e.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }

    /** One document as an object: the JSON report's array element. */
    static void document(JsonGenerator g, DocumentReport d, Review review) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", d.path());
        g.writeStringField("sha256", d.sha256());
        g.writeStringField("format", d.format());
        if (d.archivedOn() != null) g.writeStringField("archivedOn", d.archivedOn());
        g.writeArrayFieldStart("facts");
        for (Disclosure f : d.facts()) fact(g, f, false);
        for (Disclosure f : d.context()) fact(g, f, true);
        g.writeEndArray();
        g.writeArrayFieldStart("values");
        for (Value v : d.values()) {
            g.writeStartObject();
            g.writeStringField("kind", v.kind().name());
            g.writeStringField("value", v.normalized());
            g.writeStringField("raw", v.raw());
            if (v.topic() != null) g.writeStringField("topic", v.topic());
            else g.writeNullField("topic");
            span(g, v.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("results");
        for (RuleSetResult r : d.results()) result(g, d, r, review, false);
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * One rule set's result.
     *
     * @param lean for a JSON Lines line: only what differs from policy to policy, not the texts
     *             every report repeats (titles, citations, remediation, default conditions' questions),
     *             which {@code checkpolicy explain ID} gives
     */
    static void result(JsonGenerator g, DocumentReport d, RuleSetResult r, Review review, boolean lean) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleset", r.ruleset());
        if (!lean) g.writeStringField("title", r.title());
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
            if (!lean || a.source() != Applicability.Source.DEFAULT) g.writeStringField("reason", a.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Assessment a : r.assessments()) finding(g, a.requirement(), a.finding(), review.of(d, r, a).orElse(null), lean);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Requirement q, Finding f, Suppression suppression, boolean lean)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("requirement", q.id());
        if (!lean) g.writeStringField("title", q.title());
        g.writeStringField("status", f.status().name());
        g.writeStringField("severity", q.severity().label());
        if (!lean) {
            g.writeStringField("category", q.category());
            g.writeNumberField("weight", q.weight());
            g.writeStringField("citation", q.citation());
            if (q.inForce() != null) g.writeStringField("inForce", q.inForce().toString());
        }
        g.writeArrayFieldStart("evidence");
        for (Span s : f.evidence()) {
            g.writeStartObject();
            span(g, s);
            g.writeStringField("quote", s.quote());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("reason", f.reason());
        if (!lean) {
            g.writeStringField("remediation", q.remediation());
            g.writeStringField("sampleClause", q.sampleClause());
        }
        suppression(g, suppression);
        g.writeEndObject();
    }

    /** @param context a passage read from context: marked, since no rule judged it */
    private static void fact(JsonGenerator g, Disclosure f, boolean context) throws IOException {
        g.writeStartObject();
        g.writeStringField("topic", f.topic());
        g.writeStringField("polarity", f.polarity().name());
        g.writeStringField("modality", f.modality().name());
        if (context) g.writeStringField("basis", "context");
        span(g, f.evidence());
        g.writeStringField("quote", f.evidence().quote());
        g.writeEndObject();
    }

    private static void suppression(JsonGenerator g, Suppression suppression) throws IOException {
        // Only when the gate applied a waiver or baseline, so plain reports stay as they were.
        if (suppression == null) return;
        g.writeObjectFieldStart("suppression");
        g.writeStringField("kind", suppression.kind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeBooleanField("waived", suppression.kind().waived());
        g.writeStringField("reason", suppression.reason());
        g.writeStringField("source", suppression.source());
        if (suppression.expires() != null) g.writeStringField("expires", suppression.expires().toString());
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, Span s) throws IOException {
        g.writeObjectFieldStart("span");
        g.writeNumberField("line", s.line());
        g.writeNumberField("column", s.column());
        g.writeNumberField("endLine", s.endLine());
        g.writeNumberField("endColumn", s.endColumn());
        g.writeEndObject();
    }
}
