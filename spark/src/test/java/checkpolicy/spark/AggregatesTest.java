package checkpolicy.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.Checker;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.RuleSetResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSONL table of the seed fixtures with made-up dates and categories: the shares by year and by
 * category are what counting the core's own findings by hand gives, and a second run writes the
 * same bytes.
 */
class AggregatesTest {

    private static final Path FIXTURES = Path.of("../fixtures");
    /** id, fixture, date, category: two years, two categories, a timestamp, a policy with neither. */
    private static final String[][] TABLE = {
            {"p0", "000_b0e3f0ac32849995.txt", "2019-03-01", "news"},
            {"p1", "001_6d2269da330936ed.txt", "2019-07-15T10:00:00Z", "news"},
            {"p2", "002_b12a54b7bb4c4538.txt", "2020-01-01", "shopping"},
            {"p3", "003_5ad22d9086874e0c.txt", null, null},
            {"p4", "004_bf40b86daea0557f.txt", "2020-06-30", "shopping"},
    };

    @TempDir
    static Path work;
    static Path table;
    static Path out;

    @BeforeAll
    static void run() throws Exception {
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (String[] row : TABLE) {
            ObjectNode o = json.createObjectNode().put("id", row[0]).put("url", "https://" + row[0] + ".example/privacy")
                    .put("text", Files.readString(FIXTURES.resolve(row[1]), StandardCharsets.UTF_8));
            if (row[2] != null) o.put("date", row[2]);
            if (row[3] != null) o.put("category", row[3]);
            lines.append(json.writeValueAsString(o)).append('\n');
        }
        // A row with no text at all: reported as an error, left out of the shares.
        lines.append("{\"id\":\"p5\",\"text\":\"\",\"date\":\"2020-02-02\",\"category\":\"news\"}\n");
        table = Files.writeString(work.resolve("policies.jsonl"), lines.toString());
        out = work.resolve("out");
        CorpusJob.run(LocalSpark.session(), options(out, "jsonl"));
    }

    private static JobOptions options(Path output, String format) {
        return JobOptions.parse("--input", table.toString(), "--output", output.toString(), "--format", format,
                "--ruleset", "../rulesets/dpdp-india");
    }

    /** (ruleset, requirement, year or category) → policies, applicable, met, partial, missing, by hand. */
    private static Map<String, List<Long>> expectedShares(int column) throws Exception {
        // The rule set as a folder, as the job was given it: it travels to executors as its files.
        Checker checker = Checker.forRuleSets(List.of("../rulesets/dpdp-india"));
        Map<String, List<Long>> shares = new TreeMap<>();
        for (String[] row : TABLE) {
            DocumentReport report = checker.check(new PolicyReader().read(row[0],
                    Files.readAllBytes(FIXTURES.resolve(row[1]))), Checker.Options.defaults());
            String group = column == 2 ? (row[2] == null ? "null" : row[2].substring(0, 4))
                    : (row[3] == null ? "unknown" : row[3]);
            for (RuleSetResult r : report.results()) {
                for (Assessment a : r.assessments()) {
                    String status = a.finding().status().name();
                    List<Long> counts = shares.computeIfAbsent(r.ruleset() + "|" + a.requirement().id() + "|" + group,
                            k -> new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L)));
                    counts.set(0, counts.get(0) + 1);
                    if (a.finding().status().scored()) counts.set(1, counts.get(1) + 1);
                    int at = List.of("MET", "PARTIAL", "MISSING").indexOf(status);
                    if (at >= 0) counts.set(2 + at, counts.get(2 + at) + 1);
                }
            }
        }
        return shares;
    }

    private static Map<String, List<Long>> writtenShares(String table, String by) throws Exception {
        Map<String, List<Long>> shares = new TreeMap<>();
        for (JsonNode row : LocalSpark.readJsonl(out.resolve(table))) {
            List<Long> counts = new ArrayList<>();
            for (String c : List.of("policies", "applicable", "met", "partial", "missing")) counts.add(row.get(c).asLong());
            shares.put(row.get("ruleset").asText() + "|" + row.get("requirement").asText() + "|"
                    + row.path(by).asText("null"), counts);
            long applicable = counts.get(1);
            if (applicable > 0) assertEquals((double) counts.get(2) / applicable, row.get("share_met").asDouble(), 1e-12);
            else assertFalse(row.hasNonNull("share_met"));
        }
        return shares;
    }

    @Test
    void sharesByYearCountTheCoresFindings() throws Exception {
        Map<String, List<Long>> expected = expectedShares(2);
        assertTrue(expected.keySet().stream().anyMatch(k -> k.endsWith("|2019")));
        assertEquals(expected, writtenShares("by-year", "year"));
    }

    @Test
    void sharesByCategoryCountTheCoresFindings() throws Exception {
        Map<String, List<Long>> expected = expectedShares(3);
        assertTrue(expected.keySet().stream().anyMatch(k -> k.endsWith("|unknown")));
        assertEquals(expected, writtenShares("by-category", "category"));
    }

    @Test
    void theTableGivesIdUrlDateYearAndCategory() throws Exception {
        Map<String, JsonNode> rows = new TreeMap<>();
        for (JsonNode row : LocalSpark.readJsonl(out.resolve("policies"))) rows.put(row.get("id").asText(), row);
        assertEquals(List.of("p0", "p1", "p2", "p3", "p4", "p5"), new ArrayList<>(rows.keySet()));
        assertEquals("2019-07-15", rows.get("p1").get("date").asText(), "a timestamp is cut to its day");
        assertEquals(2019, rows.get("p1").get("year").asInt());
        assertEquals("https://p1.example/privacy", rows.get("p1").get("url").asText());
        assertEquals("unknown", rows.get("p3").get("category").asText());
        assertFalse(rows.get("p3").hasNonNull("year"));
        assertTrue(rows.get("p5").get("error").asText().equals("p5: empty file"), rows.get("p5").toString());
        assertEquals(0, rows.get("p5").get("results").size());
    }

    @Test
    void aSecondRunWritesTheSameRows() throws Exception {
        Path again = work.resolve("again");
        CorpusJob.run(LocalSpark.session(), options(again, "jsonl"));
        for (String t : List.of("policies", "by-year", "by-category")) {
            assertEquals(LocalSpark.jsonlText(out.resolve(t)), LocalSpark.jsonlText(again.resolve(t)), t);
        }
    }

    @Test
    void parquetHoldsTheSameTable() throws Exception {
        Path parquet = work.resolve("parquet");
        CorpusJob.run(LocalSpark.session(), options(parquet, "parquet"));
        List<Row> fromParquet = LocalSpark.session().read().parquet(parquet.resolve("by-year").toString()).collectAsList();
        List<Row> fromJsonl = LocalSpark.session().read().schema(
                LocalSpark.session().read().parquet(parquet.resolve("by-year").toString()).schema())
                .json(out.resolve("by-year").toString()).collectAsList();
        assertEquals(fromJsonl, fromParquet);
    }
}
