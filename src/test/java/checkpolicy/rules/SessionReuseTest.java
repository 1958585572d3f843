package checkpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import checkpolicy.Checker;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.DocumentReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rule sessions are pooled and reset between policies: nothing of one policy's facts or
 * findings reaches the next. Every seed is checked once by a fresh checker, then again after
 * all the others, in reverse order, by the same checker; the reports must be the same.
 */
class SessionReuseTest {

    @Test
    void aPolicyIsJudgedTheSameWhateverWasCheckedBeforeIt() throws Exception {
        PolicyReader reader = new PolicyReader();
        List<PolicyDocument> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) seeds.add(reader.read(f));
        }
        Checker shared = Checker.forRuleSets(List.of("india"));
        List<DocumentReport> first = new ArrayList<>();
        for (PolicyDocument d : seeds) first.add(shared.check(d, Checker.Options.defaults()));
        for (int i = seeds.size() - 1; i >= 0; i--) {
            assertEquals(first.get(i), shared.check(seeds.get(i), Checker.Options.defaults()), seeds.get(i).path());
        }
        assertEquals(first.get(0), Checker.forRuleSets(List.of("india")).check(seeds.get(0), Checker.Options.defaults()),
                "as a fresh checker judges it");
        assertNotEquals(first.get(0).results(), first.get(1).results(), "the seeds differ, so a leak would show");
    }
}
