package checkpolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code bench --lexicon-only} scores what the rules see: the lexicon's reading before the learnt
 * models choose and add passages. Skipped where ../shared/bench is absent.
 */
class BenchCommandTest {

    private static final Path BENCH = Path.of("../shared/bench");
    private static final Pattern SUMMARY = Pattern.compile("opp115 ([0-9.]+) / evidence ([0-9.]+)");

    @Test
    void lexiconOnlyKeepsTheDocumentFiguresAndScoresTheEvidenceWithoutTheModels() {
        assumeTrue(Files.isRegularFile(BENCH.resolve("mapping.yaml")), "no ../shared/bench here");
        Matcher shipped = summary(CliTest.run("bench", "--corpus", "opp115", BENCH.toString()));
        Matcher lexicon = summary(CliTest.run("bench", "--lexicon-only", "--corpus", "opp115", BENCH.toString()));
        // the models never decide which topics a document speaks to, only which passages are quoted
        assertEquals(shipped.group(1), lexicon.group(1));
        assertTrue(Double.parseDouble(lexicon.group(2)) < Double.parseDouble(shipped.group(2)),
                "lexicon alone " + lexicon.group(2) + ", with the shipped models " + shipped.group(2));
    }

    private static Matcher summary(CliTest.Run r) {
        assertEquals(0, r.code(), r.err());
        Matcher m = SUMMARY.matcher(r.out());
        assertTrue(m.find(), r.out());
        return m;
    }
}
