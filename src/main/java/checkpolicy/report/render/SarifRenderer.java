package checkpolicy.report.render;

import checkpolicy.facts.Requirement;
import checkpolicy.facts.Severity;
import checkpolicy.facts.Span;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.Fingerprint;
import checkpolicy.report.InputError;
import checkpolicy.report.Report;
import checkpolicy.report.RuleSetResult;
import checkpolicy.report.Suppression;
import checkpolicy.report.render.internal.sarif.Sarif;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 for code-scanning tools: one rule per requirement, one result per gap with its
 * location at the evidence (line 1 when nothing was found), help with the citation and the fix,
 * and a content fingerprint so an alert survives edits elsewhere in the file. Waived gaps carry
 * a suppression; with a baseline, each result says whether it is new.
 */
public final class SarifRenderer implements Renderer {

    /** Made on first use, not when the renderer registry starts: most runs never write SARIF. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public String extension() {
        return "sarif";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<Sarif.Rule> rules = new ArrayList<>();
        List<Sarif.Result> results = new ArrayList<>();
        List<Map<String, Object>> scores = new ArrayList<>();
        for (DocumentReport d : report.documents()) {
            for (RuleSetResult r : d.results()) {
                scores.add(score(d, r));
                for (Assessment a : r.assessments()) {
                    ruleIndex.computeIfAbsent(a.requirement().id(), id -> {
                        rules.add(rule(r, a.requirement()));
                        return rules.size() - 1;
                    });
                    if (a.gap()) results.add(result(report, d, r, a, ruleIndex.get(a.requirement().id())));
                }
            }
        }
        Sarif.Driver driver = new Sarif.Driver(report.toolName(), report.toolVersion(),
                "https://github.com/checkpolicy/checkpolicy", rules);
        Sarif.Run run = new Sarif.Run(new Sarif.Tool(driver), List.of(invocation(report)), "utf16CodeUnits", results,
                Map.of("scores", scores));
        Json.MAPPER.writeValue(out, new Sarif.Log(Sarif.SCHEMA, Sarif.VERSION, List.of(run)));
        out.write('\n');
        out.flush();
    }

    private static Sarif.Rule rule(RuleSetResult r, Requirement q) {
        StringBuilder text = new StringBuilder("Law: " + q.citation() + "\n");
        if (q.satisfiedBy() != null && !q.satisfiedBy().isBlank()) text.append("What satisfies it: ").append(q.satisfiedBy().strip()).append("\n");
        text.append("Fix: ").append(q.remediation().strip()).append("\n");
        StringBuilder md = new StringBuilder("**Law:** " + q.citation() + "\n\n");
        if (q.satisfiedBy() != null && !q.satisfiedBy().isBlank()) md.append("**What satisfies it:** ").append(q.satisfiedBy().strip()).append("\n\n");
        md.append("**Fix:** ").append(q.remediation().strip()).append("\n");
        if (q.sampleClause() != null && !q.sampleClause().isBlank()) {
            text.append("Example: ").append(q.sampleClause().strip()).append("\n");
            md.append("\n**Example clause:**\n\n> ").append(q.sampleClause().strip().replace("\n", "\n> ")).append("\n");
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("tags", List.of(r.ruleset(), q.category()));
        props.put("severity", q.severity().label());
        props.put("citation", q.citation());
        props.put("weight", q.weight());
        return new Sarif.Rule(q.id(), q.title(), new Sarif.Message(q.title()), new Sarif.Message(q.title() + " (" + q.citation() + ")"),
                new Sarif.Help(text.toString(), md.toString()), q.references().isEmpty() ? null : q.references().get(0),
                new Sarif.Configuration(level(q.severity())), props);
    }

    private static Sarif.Result result(Report report, DocumentReport d, RuleSetResult r, Assessment a, int index) {
        Requirement q = a.requirement();
        List<Span> ev = a.finding().evidence();
        Sarif.Region region = ev.isEmpty() ? new Sarif.Region(1, null, null, null, null)
                : new Sarif.Region(ev.get(0).line(), ev.get(0).column(), ev.get(0).endLine(), ev.get(0).endColumn(),
                        new Sarif.Message(ev.get(0).quote()));
        Optional<Suppression> mark = report.review().of(d, r, a);
        List<Sarif.Suppression> suppressions = mark.filter(s -> s.kind().waived())
                .map(s -> List.of(new Sarif.Suppression(s.kind() == Suppression.Kind.INLINE ? "inSource" : "external",
                        "accepted", s.reason() + " (" + s.source() + (s.expires() != null ? ", until " + s.expires() : "") + ")")))
                .orElse(null);
        String baselineState = report.review().baseline() == null ? null
                : mark.filter(s -> s.kind() == Suppression.Kind.BASELINE).isPresent() ? "unchanged" : "new";
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("ruleset", r.ruleset());
        props.put("status", a.finding().status().name());
        props.put("severity", q.severity().label());
        mark.ifPresent(s -> props.put("waived", s.kind().waived()));
        String reason = a.finding().reason().strip();
        String message = a.finding().status().name() + ": " + q.title() + ": " + reason
                + (reason.endsWith(".") ? "" : ".") + " Fix: " + q.remediation().strip();
        return new Sarif.Result(q.id(), index, level(q.severity()), new Sarif.Message(message),
                List.of(location(d.path(), region)), Map.of(Fingerprint.SCHEME, Fingerprint.of(a)), baselineState,
                suppressions, props);
    }

    private static Sarif.Invocation invocation(Report report) {
        List<Sarif.Notification> notes = new ArrayList<>();
        for (InputError e : report.errors()) {
            notes.add(new Sarif.Notification("error", new Sarif.Message(e.message()),
                    List.of(location(e.path(), new Sarif.Region(1, null, null, null, null)))));
        }
        return new Sarif.Invocation(report.errors().isEmpty(), notes.isEmpty() ? null : notes);
    }

    private static Map<String, Object> score(DocumentReport d, RuleSetResult r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("path", d.path());
        s.put("ruleset", r.ruleset());
        s.put("score", r.score());
        s.put("grade", r.grade());
        return s;
    }

    private static Sarif.Location location(String path, Sarif.Region region) {
        return new Sarif.Location(new Sarif.PhysicalLocation(artifact(path), region));
    }

    /** Relative paths become relative URIs from the checkout root (%SRCROOT%), as code scanning expects. */
    static Sarif.ArtifactLocation artifact(String path) {
        Path p = Path.of(path);
        try {
            if (p.isAbsolute()) return new Sarif.ArtifactLocation(p.toUri().toString(), null);
            String unix = p.normalize().toString().replace('\\', '/');
            return new Sarif.ArtifactLocation(new URI(null, null, unix, null).getRawPath(), "%SRCROOT%");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + path, e);
        }
    }

    private static String level(Severity s) {
        return s == Severity.RECOMMENDED ? "warning" : "error";
    }
}
