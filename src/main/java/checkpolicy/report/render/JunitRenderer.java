package checkpolicy.report.render;

import checkpolicy.facts.Requirement;
import checkpolicy.facts.Span;
import checkpolicy.facts.Status;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.InputError;
import checkpolicy.report.Report;
import checkpolicy.report.RuleSetResult;
import checkpolicy.report.Suppression;
import checkpolicy.report.render.internal.junit.Junit;
import checkpolicy.report.render.internal.junit.Junit.Outcome;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * JUnit XML for CI test reports: a suite per document and rule set, a test case per requirement.
 * Gaps fail; waived gaps and gaps already in the baseline are skipped with the reason, so they
 * stay visible without turning the build red; requirements not judged are skipped too.
 * A file that could not be read is a test case in error.
 */
public final class JunitRenderer implements Renderer {

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String extension() {
        return "xml";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        List<Junit.Suite> suites = new ArrayList<>();
        for (DocumentReport d : report.documents()) {
            for (RuleSetResult r : d.results()) {
                List<Junit.Case> cases = new ArrayList<>();
                for (Assessment a : r.assessments()) cases.add(testCase(report, d, r, a));
                suites.add(new Junit.Suite(d.path() + " [" + r.ruleset() + "]", cases));
            }
        }
        if (!report.errors().isEmpty()) {
            List<Junit.Case> cases = new ArrayList<>();
            for (InputError e : report.errors()) {
                cases.add(new Junit.Case(e.path(), "read " + e.path(), Outcome.ERROR, "InputError", e.message(), null));
            }
            suites.add(new Junit.Suite("input errors", cases));
        }
        try {
            Junit.write(new Junit.Suites(report.toolName(), suites), out);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static Junit.Case testCase(Report report, DocumentReport d, RuleSetResult r, Assessment a) {
        Requirement q = a.requirement();
        Status status = a.finding().status();
        String classname = d.path() + "." + r.ruleset();
        String name = q.id() + ": " + q.title();
        if (!a.gap()) {
            return status.scored() ? new Junit.Case(classname, name, Outcome.PASSED, null, null, null)
                    : new Junit.Case(classname, name, Outcome.SKIPPED, null, status.name() + ": " + a.finding().reason(), null);
        }
        Optional<Suppression> mark = report.review().of(d, r, a);
        String summary = status.name() + " [" + q.severity().label() + "]: " + a.finding().reason();
        if (mark.isPresent()) {
            Suppression s = mark.get();
            String why = s.kind().waived() ? "waived: " + s.reason() + " (" + s.source() + ")" : "in the baseline (known gap)";
            return new Junit.Case(classname, name, Outcome.SKIPPED, null, why + "; " + summary, null);
        }
        StringBuilder detail = new StringBuilder("Law: " + q.citation() + "\n");
        for (Span s : a.finding().evidence()) detail.append("Evidence: line ").append(s.line()).append(": ").append(s.quote()).append('\n');
        detail.append("Fix: ").append(q.remediation().strip()).append('\n');
        if (q.sampleClause() != null && !q.sampleClause().isBlank()) detail.append("Example: ").append(q.sampleClause().strip()).append('\n');
        return new Junit.Case(classname, name, Outcome.FAILED, status.name(), summary, detail.toString());
    }
}
