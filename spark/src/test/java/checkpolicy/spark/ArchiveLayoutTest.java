package checkpolicy.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's layout: sharded folders of site.md files, each led by the archive header. */
class ArchiveLayoutTest {

    private static final String HEADER = "> *The following text is extracted and transformed from the %s privacy"
            + " policy that was archived on %s. Please check the [original snapshot on the Wayback Machine]"
            + "(https://web.archive.org/web/%sid_/https%%3A//www.%s/privacy) for the most accurate reproduction.*%n%n";

    /** The Wayback link's original address in fixture 000, decoded. */
    private static final String URL_000 = "http://careermitra.com//privacy";

    @TempDir
    Path archive;

    /** A seed fixture as the archive holds it; {@code date} adds a header to one that has none. */
    private void snapshot(String shard, String site, String fixture, String date) throws Exception {
        Path dir = Files.createDirectories(archive.resolve(shard));
        String body = Files.readString(Path.of("../fixtures").resolve(fixture));
        String header = date == null ? "" : String.format(HEADER, site, date, date.replace("-", "") + "000000", site);
        Files.writeString(dir.resolve(site + ".md"), header + body);
        // The archive keeps the page beside each markdown copy; only the markdown is read.
        Files.writeString(dir.resolve(site + ".html"), "<html><body><p>Privacy</p></body></html>");
    }

    @Test
    void dateUrlAndIdComeFromTheHeaderAndPath() throws Exception {
        // Fixture 000 is an archive file already: its header says careermitra.com, 2013-11-01.
        snapshot("c/ca/car", "careermitra.com", "000_b0e3f0ac32849995.txt", null);
        snapshot("s/sh/sho", "shop.in", "003_5ad22d9086874e0c.txt", "2021-03-02");
        Path out = archive.resolveSibling(archive.getFileName() + "-out");
        long written = CorpusJob.run(LocalSpark.session(), JobOptions.parse("--input", archive.toString(),
                "--output", out.toString(), "--layout", "archive", "--format", "jsonl"));
        assertEquals(2, written);
        List<JsonNode> rows = LocalSpark.readJsonl(out.resolve("policies"));
        assertEquals("c/ca/car/careermitra.com.md", rows.get(0).get("id").asText());
        assertEquals(URL_000, rows.get(0).get("url").asText());
        assertEquals("2013-11-01", rows.get(0).get("date").asText());
        assertEquals("2013-11-01", rows.get(0).get("archived_on").asText());
        assertEquals(2013, rows.get(0).get("year").asInt());
        assertEquals("unknown", rows.get(0).get("category").asText());
        assertEquals("markdown", rows.get(0).get("format").asText());
        assertEquals("s/sh/sho/shop.in.md", rows.get(1).get("id").asText());
        assertEquals(2021, rows.get(1).get("year").asInt());
        assertEquals("https://www.shop.in/privacy", rows.get(1).get("url").asText());
        List<JsonNode> byYear = LocalSpark.readJsonl(out.resolve("by-year"));
        assertEquals(List.of(2013, 2021), byYear.stream().map(r -> r.get("year").asInt()).distinct().toList());
    }
}
