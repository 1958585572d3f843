package checkpolicy.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import checkpolicy.cli.CliForTests;
import checkpolicy.spark.internal.RuleSetDefinitions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job over part of the DMOZ corpus (the first eight files of each of its 15 category folders)
 * in local[2] gives, policy by policy, what the CLI's JSON report gives for the same files.
 */
class CliParityTest {

    private static final Path DMOZ = Path.of("../../shared/corpus/dmoz-3000");
    private static final int PER_CATEGORY = 8;

    @TempDir
    static Path work;
    static Path corpus;
    static Map<String, JsonNode> jobRows = new TreeMap<>();
    static JsonNode cliReport;
    static long written;

    @BeforeAll
    static void runBoth() throws IOException {
        assumeTrue(Files.isDirectory(DMOZ), "the DMOZ corpus is not beside the project");
        corpus = copySample(work.resolve("corpus"));
        Path out = work.resolve("out");
        written = CorpusJob.run(LocalSpark.session(), JobOptions.parse("--input", corpus.toString(),
                "--output", out.toString(), "--format", "jsonl", "--ruleset", "dpdp-india", "--ruleset", "lgpd"));
        for (JsonNode row : LocalSpark.readJsonl(out.resolve("policies"))) jobRows.put(row.get("id").asText(), row);

        CliForTests.Outcome cli = CliForTests.run("--format", "json", "--ruleset", "dpdp-india", "--ruleset", "lgpd",
                corpus.toString());
        cliReport = new ObjectMapper().readTree(cli.out());
        // 2 when a file has no policy text: the CLI still reports it, under errors.
        assertEquals(cliReport.get("errors").isEmpty() ? 0 : 2, cli.exitCode(), cli.err());
    }

    /** Copied to a temporary folder, category folders kept, so the job and the CLI see the same files. */
    private static Path copySample(Path target) throws IOException {
        List<Path> categories;
        try (Stream<Path> list = Files.list(DMOZ)) {
            categories = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path category : categories) {
            List<Path> files;
            try (Stream<Path> list = Files.list(category)) {
                files = list.filter(Files::isRegularFile).sorted().limit(PER_CATEGORY).toList();
            }
            Path dir = Files.createDirectories(target.resolve(category.getFileName().toString()));
            for (Path f : files) Files.copy(f, dir.resolve(f.getFileName().toString()));
        }
        return target;
    }

    private static String id(String cliPath) {
        return corpus.relativize(Path.of(cliPath)).toString().replace('\\', '/');
    }

    @Test
    void everyFileIsOneRow() {
        int cliCount = cliReport.get("documents").size() + cliReport.get("errors").size();
        assertEquals(15 * PER_CATEGORY, cliCount);
        assertEquals(cliCount, jobRows.size());
        assertEquals(cliCount, written);
    }

    @Test
    void scoresGradesAndStatusesEqualTheClis() {
        int compared = 0;
        for (JsonNode doc : cliReport.get("documents")) {
            String id = id(doc.get("path").asText());
            JsonNode row = jobRows.get(id);
            assertTrue(row != null, "no job row for " + id);
            assertTrue(row.path("error").isMissingNode() || row.get("error").isNull(), id + ": " + row.get("error"));
            assertEquals(doc.get("sha256").asText(), row.get("sha256").asText(), id);
            assertEquals(doc.get("format").asText(), row.get("format").asText(), id);
            assertEquals(doc.path("archivedOn").asText(null), row.path("archived_on").asText(null), id);
            assertEquals(results(doc.get("results")), jobResults(row.get("results")), id);
            compared++;
        }
        assertTrue(compared > 100, "too few policies were read: " + compared);
    }

    @Test
    void unreadableFilesAreErrorsInBoth() {
        for (JsonNode e : cliReport.get("errors")) {
            JsonNode row = jobRows.get(id(e.get("path").asText()));
            assertEquals(e.get("message").asText().replace(corpus + "/", ""), row.get("error").asText());
        }
    }

    @Test
    void urlAndCategoryComeFromTheCorpusLayout() throws IOException {
        for (JsonNode row : jobRows.values()) {
            String id = row.get("id").asText();
            if (row.hasNonNull("error")) continue; // no text was read, so no URL either
            String firstLine = Files.readAllLines(corpus.resolve(id), java.nio.charset.StandardCharsets.ISO_8859_1).get(0).strip();
            if (firstLine.startsWith("http")) assertEquals(firstLine, row.get("url").asText(), id);
            String folder = id.substring(0, id.indexOf('/'));
            assertEquals(folder.substring(folder.indexOf('-') + 1), row.get("category").asText(), id);
            assertNull(row.get("year"), id + ": the DMOZ files carry no date");
        }
    }

    @Test
    void theRuleSetsAreCompiledOncePerJvmNotPerRecord() {
        String key = RuleSetDefinitions.of(List.of("dpdp-india", "lgpd")).key();
        assertEquals(1, RuleSetDefinitions.compilations(key));
    }

    /** ruleset, version, asOf, score, grade and every requirement's status, from the CLI's report. */
    private static List<List<Object>> results(JsonNode results) {
        List<List<Object>> out = new ArrayList<>();
        for (JsonNode r : results) {
            List<Object> statuses = new ArrayList<>();
            for (JsonNode f : r.get("findings")) statuses.add(f.get("requirement").asText() + "=" + f.get("status").asText());
            out.add(List.of(r.get("ruleset").asText(), r.get("version").asText(), r.path("asOf").asText("-"),
                    r.get("score").isNull() ? "null" : r.get("score").asDouble(), r.get("grade").asText(), statuses));
        }
        return out;
    }

    private static List<List<Object>> jobResults(JsonNode results) {
        List<List<Object>> out = new ArrayList<>();
        for (JsonNode r : results) {
            List<Object> statuses = new ArrayList<>();
            for (JsonNode f : r.get("findings")) statuses.add(f.get("requirement").asText() + "=" + f.get("status").asText());
            JsonNode score = r.get("score");
            out.add(List.of(r.get("ruleset").asText(), r.get("version").asText(), r.path("as_of").asText("-"),
                    score == null || score.isNull() ? "null" : score.asDouble(), r.get("grade").asText(), statuses));
        }
        return out;
    }
}
