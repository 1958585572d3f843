package checkpolicy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.facts.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The five seed policies, read as a careful reader would see their structure. */
class FixtureReadingTest {

    private static final Path FIXTURES = Path.of("fixtures");
    private final PolicyReader reader = new PolicyReader();

    private PolicyDocument read(String prefix) throws IOException, IngestException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return reader.read(file);
        }
    }

    private static List<Block> headings(PolicyDocument doc) {
        return doc.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING).collect(Collectors.toList());
    }

    private static Block block(PolicyDocument doc, String text) {
        return doc.blocks().stream().filter(b -> b.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no block " + text));
    }

    @Test
    void everySpanOfEveryFixtureQuotesTheFile() throws Exception {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                SpanChecks.assertSpansMatchFile(file, reader.read(file));
            }
        }
    }

    @Test
    void fixture000HasItsBoldHeadingsListItemsAndArchiveDate() throws Exception {
        PolicyDocument doc = read("000_");
        assertEquals(Optional.of("2013-11-01"), doc.archivedOn());
        // the original address inside the header's Wayback link, decoded
        assertEquals(Optional.of("http://careermitra.com//privacy"), doc.address());
        assertEquals("text", doc.format());
        assertFalse(doc.text().isEmpty());
        assertTrue(doc.blocks().stream().noneMatch(b -> b.text().contains("The following text is extracted")),
                "the archive header is not policy text");

        Block title = doc.blocks().get(0);
        assertEquals(BlockKind.HEADING, title.kind());
        assertEquals(1, title.level());
        assertEquals("Privacy Policy | Career Mitra", title.text());

        Block collect = block(doc, "What We collect");
        assertEquals(BlockKind.HEADING, collect.kind());
        assertEquals(3, collect.level());
        Span span = doc.span(collect.start(), collect.end());
        assertEquals(new Span(9, 3, 9, 18, "What We collect"), span);

        List<Block> items = doc.blocks().stream()
                .filter(b -> b.section() == collect.index() && b.kind() == BlockKind.LIST_ITEM).toList();
        assertEquals(List.of("Your Name", "Your Age", "Contact information including Email address & Mobile number"),
                items.stream().map(Block::text).toList());
        assertEquals(List.of(13, 15, 17), items.stream().map(b -> doc.span(b.start(), b.end()).line()).toList());
        items.forEach(b -> assertEquals(1, b.level()));

        assertEquals(List.of("Privacy Policy | Career Mitra", "What We collect", "What We do with the information We gather",
                "Security", "Cookies"), headings(doc).stream().map(Block::text).toList());
    }

    @Test
    void fixture000SentencesSplitAtSentenceEndsOnly() throws Exception {
        PolicyDocument doc = read("000_");
        List<String> sentences = doc.sentences().stream().map(Sentence::text).toList();
        assertTrue(sentences.contains("This privacy policy sets out how careermitra.com operated by Career Mitra Information"
                + " Services Pvt. Ltd. uses and protects any information that you give when you use careermitra.com."));
        assertTrue(sentences.contains("We never sell or share your personal information for any marketing or advertising agencies."));
        for (int i = 0; i < doc.sentences().size(); i++) assertEquals(i, doc.sentences().get(i).index());
    }

    @Test
    void fixture003HasNumberedHeadingsAndDashListItems() throws Exception {
        PolicyDocument doc = read("003_");
        assertEquals(Optional.empty(), doc.archivedOn());
        assertEquals(Optional.empty(), doc.address());
        List<Block> headings = headings(doc);
        assertEquals(List.of("Privacy Policy", "1. Consent and Scope", "2. Information We Collect",
                "3. How and Why We Use Information", "4. Public Forums and Open Environments",
                "5. Exceptions and Legal Disclosures", "6. Data Protection and Security Practices",
                "7. Changes to This Privacy Policy", "8. Contact Us"), headings.stream().map(Block::text).toList());
        assertEquals(List.of(1, 4, 9, 19, 25, 27, 34, 41, 43),
                headings.stream().map(h -> doc.span(h.start(), h.end()).line()).toList());
        assertEquals(1, headings.get(0).level());
        assertEquals(2, headings.get(1).level());

        Block consent = headings.get(1);
        List<Block> items = doc.blocks().stream().filter(b -> b.section() == consent.index()).skip(1).toList();
        assertEquals(4, items.size());
        items.forEach(b -> assertEquals(BlockKind.LIST_ITEM, b.kind()));
        Block first = items.get(0);
        assertEquals("By using this website, you agree to the terms of this Privacy Policy.", first.text());
        assertEquals(new Span(5, 3, 5, 72, first.text()), doc.span(first.start(), first.end()));

        // A paragraph right after a list item is not part of the item.
        Block noSale = doc.blocks().stream().filter(b -> b.text().startsWith("We do not sell or trade")).findFirst().orElseThrow();
        assertEquals(BlockKind.PARAGRAPH, noSale.kind());
        assertEquals("We do not sell or trade your personal information.", noSale.sentences().get(0).text());
        assertEquals("3. How and Why We Use Information", doc.heading(noSale.section()).orElseThrow().text());
    }

    @Test
    void fixture001And002And004HeadingsInTheirMarkUp() throws Exception {
        PolicyDocument doc001 = read("001_");
        assertEquals(Optional.of("2019-04-08"), doc001.archivedOn());
        assertTrue(headings(doc001).stream().anyMatch(h -> h.text().equals("What we collect?") && h.level() == 3));

        PolicyDocument doc002 = read("002_");
        Block logFiles = block(doc002, "Log Files");
        assertEquals(BlockKind.HEADING, logFiles.kind());
        assertEquals(3, logFiles.level());
        assertEquals(5, doc002.span(logFiles.start(), logFiles.end()).column());
        Block traffic = block(doc002, "to analyze our traffic and usage patterns");
        assertEquals(BlockKind.LIST_ITEM, traffic.kind());
        assertEquals(1, traffic.level());
        assertEquals(0, traffic.section(), "under the title, before the first ### heading");

        PolicyDocument doc004 = read("004_");
        assertEquals(List.of("Privacy Policy", "Information Collection and Use", "Security and Privacy", "Links"),
                headings(doc004).stream().map(Block::text).limit(4).toList());
        assertEquals(2, block(doc004, "Links").level());
    }

    @Test
    void sectionsPointAtTheLatestHeading() throws Exception {
        for (String prefix : List.of("000_", "001_", "002_", "003_", "004_")) {
            PolicyDocument doc = read(prefix);
            int section = -1;
            for (Block b : doc.blocks()) {
                if (b.kind() == BlockKind.HEADING) section = b.index();
                assertEquals(section, b.section());
                assertEquals(doc.blocks().indexOf(b), b.index());
                if (b.kind() == BlockKind.HEADING) assertEquals(1, b.sentences().size());
            }
        }
    }

    @Test
    void shaIsOfTheOriginalBytes() throws Exception {
        Path file;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            file = files.filter(f -> f.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
        }
        PolicyDocument doc = reader.read(file);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        assertEquals(java.util.HexFormat.of().formatHex(digest), doc.sha256());
        assertEquals(file.toString(), doc.path());
    }
}
