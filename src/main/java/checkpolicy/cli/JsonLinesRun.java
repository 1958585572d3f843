package checkpolicy.cli;

import checkpolicy.Checker;
import checkpolicy.gate.FailOn;
import checkpolicy.gate.Gate;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.Report;
import checkpolicy.report.Review;
import checkpolicy.report.render.JsonLinesRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A check written as JSON Lines while it runs: each document is reviewed by the gate and written
 * as soon as it and those before it are done, so a batch of thousands holds only a few reports
 * at a time. Exit codes are those of the other formats: 2 when an input could not be read, else
 * 1 when the gate fails, else 0.
 */
final class JsonLinesRun {

    private final JsonLinesRenderer renderer;
    private final Gate gate;
    private final FailOn failOn;
    private final Double failUnder;
    private final String version = VersionProvider.version();
    private final List<String> expired = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int errors;

    JsonLinesRun(JsonLinesRenderer renderer, Gate gate, FailOn failOn, Double failUnder) {
        this.renderer = renderer;
        this.gate = gate;
        this.failOn = failOn;
        this.failUnder = failUnder;
    }

    int run(Checker checker, Checker.Options options, List<Path> files, List<String> urls, PolicyReader reader,
            BatchOptions batch, Writer out, PrintWriter err) {
        CheckRun.each(checker, options, files, urls, reader, batch.jobs(), batch.progress(), err, outcome -> {
            try {
                if (outcome.error() != null) {
                    errors++;
                    renderer.error(outcome.error(), out);
                } else {
                    write(outcome.report(), out);
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (errors > 0) return ExitCode.ERROR.code();
        List<String> all = new ArrayList<>(expired);
        all.addAll(failures);
        all.forEach(f -> err.println("checkpolicy: " + f));
        return all.isEmpty() ? ExitCode.OK.code() : ExitCode.GATE_FAILED.code();
    }

    /** Reviews one document as a report of its own: waivers and the baseline are per document anyway. */
    private void write(checkpolicy.report.DocumentReport document, Writer out) throws IOException {
        Report one = new Report("checkpolicy", version, List.of(document), List.of());
        Review review = gate.review(one);
        expired.addAll(gate.expiredWaivers());
        failures.addAll(Gate.failures(new Report(one.toolName(), one.toolVersion(), one.documents(), one.errors(), review),
                failOn, failUnder, List.of()));
        renderer.document(document, review, out);
    }
}
