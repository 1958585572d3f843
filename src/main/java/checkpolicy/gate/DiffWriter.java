package checkpolicy.gate;

import checkpolicy.gate.PolicyDiff.RequirementChange;
import checkpolicy.gate.PolicyDiff.RuleSetDiff;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** Writes a {@link PolicyDiff} for a person (text), a pull request (markdown) or a tool (json). */
public final class DiffWriter {

    public static final List<String> FORMATS = List.of("text", "markdown", "json");
    private static final int QUOTE_WIDTH = 140;
    private static final int QUOTES = 3;

    private DiffWriter() {}

    public static void write(PolicyDiff diff, String format, Writer out) throws IOException {
        switch (format) {
            case "json" -> json(diff, out);
            case "markdown" -> markdown(diff, out);
            default -> text(diff, out);
        }
    }

    private static void text(PolicyDiff diff, Writer out) throws IOException {
        out.write(diff.oldPath() + " -> " + diff.newPath() + "\n");
        for (RuleSetDiff r : diff.ruleSets()) {
            out.write("\n" + r.ruleset() + "  score " + score(r.oldScore()) + " -> " + score(r.newScore())
                    + " (" + delta(r.delta()) + ")  grade " + r.oldGrade() + " -> " + r.newGrade()
                    + "  " + r.changes().size() + " changed, " + r.unchanged() + " unchanged\n");
            for (PolicyDiff.Change kind : PolicyDiff.Change.values()) {
                for (RequirementChange c : r.changes()) {
                    if (c.change() != kind) continue;
                    out.write(String.format(Locale.ROOT, "  %-18s %s  %s -> %s  %s%n", kind.label(), c.id(),
                            c.before().finding().status(), c.after().finding().status(), c.after().requirement().title()));
                    if (kind == PolicyDiff.Change.EVIDENCE_CHANGED) {
                        // Same verdict: what a reader notices is which passages went and which came.
                        quotes("gone", PolicyDiff.only(c.before(), c.after()), out);
                        quotes("new", PolicyDiff.only(c.after(), c.before()), out);
                    } else {
                        quotes("was", PolicyDiff.quotes(c.before()), out);
                        quotes("now", PolicyDiff.quotes(c.after()), out);
                    }
                }
            }
            if (r.changes().isEmpty()) out.write("  no requirement changed\n");
        }
    }

    /** At most {@value #QUOTES} quotes a side: enough to see what changed without the whole list. */
    private static void quotes(String label, List<String> quotes, Writer out) throws IOException {
        for (int i = 0; i < Math.min(QUOTES, quotes.size()); i++) out.write("      " + label + ": \"" + shorten(quotes.get(i)) + "\"\n");
        if (quotes.size() > QUOTES) out.write("      " + label + ": … and " + (quotes.size() - QUOTES) + " more\n");
    }

    private static void markdown(PolicyDiff diff, Writer out) throws IOException {
        out.write("### checkpolicy: `" + diff.oldPath() + "` → `" + diff.newPath() + "`\n");
        for (RuleSetDiff r : diff.ruleSets()) {
            out.write("\n**" + r.ruleset() + "**: score " + score(r.oldScore()) + " → " + score(r.newScore())
                    + " (" + delta(r.delta()) + "), grade " + r.oldGrade() + " → " + r.newGrade() + "\n\n");
            if (r.changes().isEmpty()) {
                out.write("No requirement changed.\n");
                continue;
            }
            out.write("| change | requirement | before | after |\n|---|---|---|---|\n");
            for (RequirementChange c : sorted(r.changes())) {
                out.write("| " + c.change().label() + " | " + c.id() + " " + cell(c.after().requirement().title()) + " | "
                        + c.before().finding().status() + " | " + c.after().finding().status() + " |\n");
            }
        }
    }

    private static List<RequirementChange> sorted(List<RequirementChange> changes) {
        return changes.stream().sorted(java.util.Comparator.comparing(RequirementChange::change)).toList();
    }

    private static void json(PolicyDiff diff, Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out).configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("old", diff.oldPath());
        g.writeStringField("new", diff.newPath());
        g.writeArrayFieldStart("results");
        for (RuleSetDiff r : diff.ruleSets()) {
            g.writeStartObject();
            g.writeStringField("ruleset", r.ruleset());
            number(g, "oldScore", r.oldScore());
            number(g, "newScore", r.newScore());
            number(g, "delta", r.delta());
            g.writeArrayFieldStart("changes");
            for (RequirementChange c : sorted(r.changes())) {
                g.writeStartObject();
                g.writeStringField("requirement", c.id());
                g.writeStringField("change", c.change().name());
                g.writeStringField("before", c.before().finding().status().name());
                g.writeStringField("after", c.after().finding().status().name());
                g.writeBooleanField("worse", c.worse());
                g.writeArrayFieldStart("gone");
                for (String q : PolicyDiff.only(c.before(), c.after())) g.writeString(q);
                g.writeEndArray();
                g.writeArrayFieldStart("new");
                for (String q : PolicyDiff.only(c.after(), c.before())) g.writeString(q);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }

    private static void number(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null) g.writeNullField(name);
        else g.writeNumberField(name, v);
    }

    private static String score(Double s) {
        return s == null ? "n/a" : String.format(Locale.ROOT, "%.1f", s);
    }

    private static String delta(Double d) {
        return d == null ? "n/a" : String.format(Locale.ROOT, "%+.1f", d);
    }

    private static String shorten(String quote) {
        String q = quote.replaceAll("\\s+", " ").strip();
        return q.length() <= QUOTE_WIDTH ? q : q.substring(0, QUOTE_WIDTH - 1) + "…";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
