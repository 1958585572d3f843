package checkpolicy.report.render;

import checkpolicy.Checker;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.Report;
import checkpolicy.report.Review;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The five seed policies checked once under dpdp-india, shared by the renderer tests (compiling rules is slow). */
final class SeedReports {

    private static List<DocumentReport> documents;

    private SeedReports() {}

    static synchronized List<DocumentReport> documents() {
        if (documents == null) {
            try (Stream<Path> s = Files.list(Path.of("fixtures"))) {
                Checker checker = Checker.forRuleSets(List.of("dpdp-india"));
                PolicyReader reader = new PolicyReader();
                List<DocumentReport> out = new ArrayList<>();
                for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(checker.check(reader.read(p), Checker.Options.defaults()));
                }
                documents = List.copyOf(out);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return documents;
    }

    static Report report(DocumentReport d, Review review) {
        return new Report("checkpolicy", "test", List.of(d), List.of(), review);
    }

    static String render(Renderer r, Report report) {
        StringWriter w = new StringWriter();
        try {
            r.render(report, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
