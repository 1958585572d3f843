package checkpolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format jsonl: one line per input, streamed in input order, the same whatever --jobs. */
class JsonLinesCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CORPUS = Path.of("../shared/corpus/dmoz-3000");

    @TempDir
    Path tmp;

    private Path folder;

    /** The five seed policies and, between them in name order, a file with no policy text. */
    @BeforeEach
    void folderOfPolicies() throws IOException {
        folder = tmp.resolve("policies");
        Files.createDirectories(folder);
        try (Stream<Path> seeds = Files.list(Path.of("fixtures"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(seed, folder.resolve(seed.getFileName()));
            }
        }
        Files.writeString(folder.resolve("002_empty.txt"), "   \n\n");
    }

    private static CliTest.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--no-config", "--ruleset", "dpdp-india", "--format", "jsonl"));
        all.addAll(List.of(args));
        return CliTest.run(all.toArray(String[]::new));
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n", -1)) {
            if (line.isEmpty()) continue;
            nodes.add(JSON.readTree(line));
        }
        assertTrue(out.endsWith("\n"), "every line ends with a newline");
        return nodes;
    }

    @Test
    void writesOneLinePerInputInInputOrderWithAnErrorLineForTheUnreadableOne() throws IOException {
        CliTest.Run r = run("--jobs", "2", folder.toString());
        assertEquals(2, r.code(), "an unreadable input is an input error, as in the other formats: " + r.err());
        List<JsonNode> lines = lines(r.out());
        assertEquals(6, lines.size(), r.out());
        assertEquals(6, r.out().lines().count(), "one line per input, no pretty printing");
        List<String> names = new ArrayList<>();
        for (JsonNode n : lines) {
            names.add(Path.of(n.has("path") ? n.get("path").asText() : n.get("file").asText()).getFileName().toString());
        }
        assertEquals(List.of("000_b0e3f0ac32849995.txt", "001_6d2269da330936ed.txt", "002_b12a54b7bb4c4538.txt",
                "002_empty.txt", "003_5ad22d9086874e0c.txt", "004_bf40b86daea0557f.txt"), names);
        JsonNode error = lines.get(3);
        assertEquals(2, error.size(), error.toString());
        assertTrue(error.get("error").asText().endsWith("002_empty.txt: empty file"), error.toString());
        for (JsonNode n : lines) {
            if (n.has("path")) assertEquals("dpdp-india", n.get("results").get(0).get("ruleset").asText());
        }
        assertEquals(1, r.err().lines().count(), "the unreadable file is named on stderr too: " + r.err());
        assertTrue(r.err().contains("002_empty.txt"), r.err());
    }

    @Test
    void outputIsByteIdenticalWhateverTheNumberOfJobs() {
        CliTest.Run one = run("--jobs", "1", folder.toString());
        CliTest.Run two = run("--jobs", "2", folder.toString());
        CliTest.Run four = run("--jobs", "4", folder.toString());
        assertEquals(one.out(), two.out());
        assertEquals(one.out(), four.out());
        assertEquals(one.err(), two.err());
    }

    @Test
    void aLineHoldsWhatDiffersPerPolicyAndAgreesWithTheJsonReport() throws IOException {
        String seed = "fixtures/003_5ad22d9086874e0c.txt";
        CliTest.Run lines = run("--as-of", "2027-06-01", seed);
        CliTest.Run json = CliTest.run("--no-config", "--ruleset", "dpdp-india", "--format", "json", "--as-of", "2027-06-01", seed);
        assertEquals(0, lines.code(), lines.err());
        JsonNode line = lines(lines.out()).get(0);
        JsonNode full = JSON.readTree(json.out()).get("documents").get(0);
        assertEquals(List.of("path", "sha256", "format", "results"), fieldNames(line));
        for (String f : List.of("path", "sha256", "format")) assertEquals(full.get(f), line.get(f), f);
        JsonNode result = line.get("results").get(0);
        JsonNode fullResult = full.get("results").get(0);
        assertEquals(List.of("ruleset", "version", "asOf", "score", "grade", "categories", "counts", "conditions", "findings"),
                fieldNames(result));
        for (String f : List.of("ruleset", "version", "asOf", "score", "grade", "categories", "counts")) {
            assertEquals(fullResult.get(f), result.get(f), f);
        }
        assertEquals(fullResult.get("conditions").size(), result.get("conditions").size());
        for (int i = 0; i < result.get("conditions").size(); i++) {
            JsonNode c = result.get("conditions").get(i);
            JsonNode fc = fullResult.get("conditions").get(i);
            for (String f : List.of("key", "holds", "source")) assertEquals(fc.get(f), c.get(f), f);
            assertEquals(c.get("source").asText().equals("DEFAULT"), !c.has("reason"), c.toString());
            if (c.has("reason")) assertEquals(fc.get("reason"), c.get("reason"));
        }
        JsonNode findings = result.get("findings");
        JsonNode fullFindings = fullResult.get("findings");
        assertEquals(fullFindings.size(), findings.size());
        assertTrue(findings.size() > 10, findings.toString());
        for (int i = 0; i < findings.size(); i++) {
            JsonNode f = findings.get(i);
            JsonNode ff = fullFindings.get(i);
            assertEquals(List.of("requirement", "status", "severity", "evidence", "reason"), fieldNames(f));
            for (String k : List.of("requirement", "status", "severity", "evidence", "reason")) assertEquals(ff.get(k), f.get(k), k);
        }
        assertTrue(lines.out().length() * 3 < json.out().length(), "the static texts are left out");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void gateOptionsGiveTheirExitCodes() throws IOException {
        Files.delete(folder.resolve("002_empty.txt"));
        CliTest.Run passes = run("--fail-under", "0", folder.toString());
        assertEquals(0, passes.code(), passes.err());
        assertEquals("", passes.err());
        CliTest.Run fails = run("--fail-under", "100", folder.toString());
        assertEquals(1, fails.code(), fails.err());
        assertEquals(5, lines(fails.out()).size(), "the report is written in full before the gate decides");
        assertEquals(5, fails.err().lines().filter(l -> l.contains("below --fail-under 100.0")).count(), fails.err());
        CliTest.Run failOn = run("--fail-on", "required", "--jobs", "2", folder.toString());
        assertEquals(1, failOn.code(), failOn.err());
        assertTrue(failOn.err().contains("at --fail-on required"), failOn.err());
    }

    @Test
    void theGateMarksWaivedFindingsOnTheirLine() throws IOException {
        Files.delete(folder.resolve("002_empty.txt"));
        Path config = tmp.resolve("waivers.yaml");
        Files.writeString(config, "waivers:\n  - requirement: DPDP-NOTICE-BOARD-COMPLAINT\n    reason: handled by the parent company\n");
        CliTest.Run r = CliTest.run("--config", config.toString(), "--ruleset", "dpdp-india", "--format", "jsonl", folder.toString());
        CliTest.Run json = CliTest.run("--config", config.toString(), "--ruleset", "dpdp-india", "--format", "json", folder.toString());
        assertEquals(json.code(), r.code(), r.err());
        JsonNode documents = JSON.readTree(json.out()).get("documents");
        List<JsonNode> lines = lines(r.out());
        int waived = 0;
        for (int i = 0; i < lines.size(); i++) {
            JsonNode findings = lines.get(i).get("results").get(0).get("findings");
            JsonNode fullFindings = documents.get(i).get("results").get(0).get("findings");
            assertEquals(fullFindings.size(), findings.size());
            for (int j = 0; j < findings.size(); j++) {
                for (String k : List.of("requirement", "status", "suppression")) {
                    assertEquals(fullFindings.get(j).get(k), findings.get(j).get(k), k);
                }
                if (findings.get(j).has("suppression")) waived++;
            }
        }
        assertTrue(waived > 0, "a waived gap carries its suppression");
    }

    @Test
    void progressIsNotShownWhenStderrIsNoTerminal() {
        CliTest.Run quiet = run("--jobs", "2", folder.toString());
        assertFalse(quiet.err().contains("checked"), quiet.err());
        CliTest.Run asked = run("--progress", folder.toString());
        assertTrue(asked.err().contains("6/6 checked"), asked.err());
        assertEquals(quiet.out(), asked.out(), "progress never reaches stdout");
        CliTest.Run refused = run("--no-progress", folder.toString());
        assertFalse(refused.err().contains("checked"), refused.err());
    }

    @Test
    void refusesJobsBelowOne() {
        CliTest.Run r = run("--jobs", "0", folder.toString());
        r.assertOneLineError("--jobs");
    }

    @Test
    void realCorpusPoliciesGiveTheSameLinesOnOneAndTwoThreads() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the shared corpus is not here");
        Path sample = CORPUS.resolve("cat2-arts");
        assumeTrue(Files.isDirectory(sample), "no cat2-arts in the shared corpus");
        List<String> files;
        try (Stream<Path> s = Files.list(sample)) {
            files = s.map(Path::toString).filter(p -> p.endsWith(".txt")).sorted().limit(40).toList();
        }
        List<String> one = new ArrayList<>(List.of("--jobs", "1"));
        one.addAll(files);
        List<String> two = new ArrayList<>(List.of("--jobs", "2"));
        two.addAll(files);
        CliTest.Run a = run(one.toArray(String[]::new));
        CliTest.Run b = run(two.toArray(String[]::new));
        assertEquals(a.out(), b.out());
        assertEquals(files.size(), lines(a.out()).size());
    }
}
