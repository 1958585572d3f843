package checkpolicy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import checkpolicy.facts.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** HTML pages: visible policy text only, and every span pointing into the HTML source. */
class HtmlReadingTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Example</title><style>p { color: red }</style>
            <script>var policy = "We sell everything.";</script></head>
            <body>
            <header><a href="/">Home</a> <a href="/shop">Shop</a></header>
            <nav class="main"><ul><li>About us</li><li>Contact</li></ul></nav>
            <div id="cookie-banner"><p>This site uses cookies. Accept them?</p><button>OK</button></div>
            <main>
              <h1>Privacy Policy</h1>
              <p>We collect your name &amp; email address. We never sell it.</p>
              <h2>Your Rights</h2>
              <ul>
                <li>You may access your data.</li>
                <li>You may ask us to <a href="/erase">delete it</a>. We answer
                    within 30 days.</li>
              </ul>
              <p><strong>Cookies</strong><br>We use one cookie to keep you signed in.</p>
            </main>
            <footer><p>&copy; 2024 Example Inc. All rights reserved.</p></footer>
            <noscript>Enable JavaScript.</noscript>
            </body></html>
            """;
    private static final List<String> LINES = PAGE.lines().toList();

    private final PolicyReader reader = new PolicyReader();

    private PolicyDocument page() throws IngestException {
        return reader.read("page.html", PAGE.getBytes(StandardCharsets.UTF_8));
    }

    /** 1-based line and column of the first occurrence of {@code needle} in the page source. */
    private static int[] find(String needle) {
        for (int i = 0; i < LINES.size(); i++) {
            int at = LINES.get(i).indexOf(needle);
            if (at >= 0) return new int[] {i + 1, at + 1};
        }
        throw new AssertionError("not in page: " + needle);
    }

    private static Sentence sentence(PolicyDocument doc, String text) {
        return doc.sentences().stream().filter(s -> s.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence " + text + " in " + doc.sentences()));
    }

    @Test
    void theCanonicalAddressIsThePagesAddress() throws Exception {
        String canonical = "<html><head><link rel=\"canonical\" href=\"https://www.example.com/privacy\">"
                + "<meta property=\"og:url\" content=\"https://m.example.com/privacy\"></head><body><p>We collect data.</p></body></html>";
        assertEquals(Optional.of("https://www.example.com/privacy"),
                reader.read("p.html", canonical.getBytes(StandardCharsets.UTF_8)).address());
        String og = "<html><head><meta property=\"og:url\" content=\"https://m.example.com/privacy\"></head>"
                + "<body><p>We collect data.</p></body></html>";
        assertEquals(Optional.of("https://m.example.com/privacy"), reader.read("p.html", og.getBytes(StandardCharsets.UTF_8)).address());
        assertEquals(Optional.empty(), page().address());
    }

    @Test
    void keepsOnlyThePolicyText() throws Exception {
        PolicyDocument doc = page();
        assertEquals("html", doc.format());
        assertEquals(List.of("Privacy Policy", "We collect your name & email address. We never sell it.", "Your Rights",
                "You may access your data.", "You may ask us to delete it. We answer within 30 days.", "Cookies",
                "We use one cookie to keep you signed in."), doc.blocks().stream().map(Block::text).toList());
        for (String chrome : List.of("Home", "About us", "Accept them", "2024", "JavaScript", "sell everything", "color")) {
            assertFalse(doc.text().contains(chrome), chrome);
        }
        assertTrue(doc.text().contains("\n\n"), "blocks are separated by a blank line");
    }

    @Test
    void headingsListItemsAndSections() throws Exception {
        PolicyDocument doc = page();
        List<Block> blocks = doc.blocks();
        assertEquals(BlockKind.HEADING, blocks.get(0).kind());
        assertEquals(1, blocks.get(0).level());
        Block rights = blocks.get(2);
        assertEquals(BlockKind.HEADING, rights.kind());
        assertEquals(2, rights.level());
        for (Block item : blocks.subList(3, 5)) {
            assertEquals(BlockKind.LIST_ITEM, item.kind());
            assertEquals(1, item.level());
            assertEquals(rights.index(), item.section());
        }
        Block cookies = blocks.get(5);
        assertEquals(BlockKind.HEADING, cookies.kind(), "a bold line before <br> is a heading");
        assertEquals(cookies.index(), blocks.get(6).section());
        assertEquals(BlockKind.PARAGRAPH, blocks.get(6).kind());
    }

    @Test
    void spansPointIntoTheHtmlSource() throws Exception {
        PolicyDocument doc = page();
        Block rights = doc.blocks().get(2);
        int[] at = find("Your Rights");
        assertEquals(new Span(at[0], at[1], at[0], at[1] + 11, "Your Rights"), doc.span(rights.start(), rights.end()));

        Sentence neverSell = sentence(doc, "We never sell it.");
        at = find("We never sell it.");
        assertEquals(new Span(at[0], at[1], at[0], at[1] + 17, "We never sell it."), doc.span(neverSell.start(), neverSell.end()));

        // After an entity the columns still match the source.
        Sentence collect = sentence(doc, "We collect your name & email address.");
        int emailOffset = doc.text().indexOf("email", collect.start());
        at = find("email address");
        assertEquals(at[0], doc.sourceMap().line(emailOffset));
        assertEquals(at[1], doc.sourceMap().column(emailOffset));

        // Link text stays in the sentence, which ends after the link.
        Sentence erase = sentence(doc, "You may ask us to delete it.");
        Span span = doc.span(erase.start(), erase.end());
        at = find("You may ask us");
        assertEquals(at[0], span.line());
        assertEquals(at[1], span.column());
        assertEquals('.', LINES.get(span.endLine() - 1).charAt(span.endColumn() - 2));

        // A sentence on the next source line of the same text node starts on that line.
        Sentence within = sentence(doc, "We answer within 30 days.");
        Span withinSpan = doc.span(within.start(), within.end());
        int[] days = find("within 30 days.");
        assertEquals(find("We answer")[0], withinSpan.line());
        assertEquals(days[0], withinSpan.endLine());
        assertEquals(days[1] + "within 30 days.".length(), withinSpan.endColumn());
    }

    @Test
    void headersAndFootersInsideTheArticleStay() throws Exception {
        String html = "<body><nav>Menu</nav><article><header><h1>Privacy Notice</h1></header>"
                + "<p>We collect little.</p><footer><p>Last updated 1 May 2024.</p></footer></article>"
                + "<div class=\"site-menu\"><a>Blog</a></div></body>";
        PolicyDocument doc = reader.read("a.htm", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Privacy Notice", "We collect little.", "Last updated 1 May 2024."),
                doc.blocks().stream().map(Block::text).toList());
    }

    /**
     * Accordions and tabs are often menu widgets ({@code <ul class="accordion-menu" role="menu">}):
     * one that holds sections of prose is policy text, while a menu of links of any length is not.
     */
    @Test
    void aMenuWidgetHoldingProseStaysAMenuOfLinksGoes() throws Exception {
        String right = "You may request that we delete your personal information. If required by law, we will grant "
                + "a request to delete information, but in many situations we must keep it to comply with our legal "
                + "obligations, resolve disputes or enforce our agreements. ";
        String links = "<li><a href=\"/a\">Our products and what they do for businesses of every size</a></li>".repeat(10);
        String collect = "We collect your e-mail address and the pages you visit, to send you what you ask for and to "
                + "improve the site; we share them only with the companies that host and deliver it for us. ";
        // the menus hold less than half of the page's text, so only what they are decides
        String html = "<body><h1>Privacy Policy</h1>" + ("<p>" + collect + "</p>").repeat(8)
                + "<ul class=\"vertical menu accordion-menu\" role=\"menu\"><li role=\"menuitem\"><h4>Your rights</h4>"
                + "<div class=\"wysiwyg-content\">" + ("<p>" + right + "</p>").repeat(3) + "</div></li></ul>"
                + "<ul class=\"footer-menu\">" + links + "</ul></body>";
        PolicyDocument doc = reader.read("tabs.html", html.getBytes(StandardCharsets.UTF_8));
        assertTrue(doc.text().contains("You may request that we delete your personal information."), doc.text());
        assertTrue(doc.blocks().stream().anyMatch(b -> b.kind() == BlockKind.HEADING && b.text().equals("Your rights")));
        assertFalse(doc.text().contains("Our products"), "a long menu of links is still navigation");
    }

    /**
     * The CCPA wants its opt-out links in the site's header or footer (Civ. Code §1798.135):
     * those are read there, as paragraphs of their own pointing into the source, while the rest of
     * the chrome, and a cookie banner's buttons, stay out.
     */
    @Test
    void theLinksALawRequiresAreReadInHeadersAndFooters() throws Exception {
        String html = """
                <body><header><a href="/">Home</a> <a href="/choices">Your Privacy Choices</a></header>
                <main><h1>Privacy Policy</h1><p>We sell personal information to advertising partners.</p></main>
                <footer><ul class="footer-menu"><li><a href="/about">About us</a></li>
                <li><a href="https://example.com/dnss">Do Not Sell or Share My <span>Personal Information</span></a></li>
                <li><a href="/sell-my-house">Do not sell my house without asking a realtor first, a guide in twelve parts</a></li></ul>
                <p>&copy; 2024 Example Inc.</p></footer>
                <div id="cookie-banner"><a href="/x">Limit the Use of My Sensitive Personal Information</a></div></body>
                """;
        PolicyDocument doc = reader.read("footer.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Your Privacy Choices", "Privacy Policy", "We sell personal information to advertising partners.",
                "Do Not Sell or Share My Personal Information (https://example.com/dnss)"),
                doc.blocks().stream().map(Block::text).toList());
        Block link = doc.blocks().get(3);
        assertEquals(BlockKind.PARAGRAPH, link.kind(), "a short title-case link is not a heading");
        Span span = doc.span(link.start(), link.end());
        List<String> lines = html.lines().toList();
        int line = 0;
        while (!lines.get(line).contains("Do Not Sell or Share")) line++;
        assertEquals(line + 1, span.line());
        assertEquals(lines.get(line).indexOf("Do Not Sell") + 1, span.column());
    }

    @Test
    void aPageWithNoVisibleTextIsRefused() {
        byte[] html = "<html><body><script>x()</script><nav>Home</nav></body></html>".getBytes(StandardCharsets.UTF_8);
        IngestException e = assertThrows(IngestException.class, () -> reader.read("blank.html", html));
        assertTrue(e.getMessage().startsWith("blank.html: "));
    }

    @Test
    void aRealCrawledPolicyPage() throws Exception {
        Path folder = Path.of("../shared/bench/c3pa/policies");
        assumeTrue(Files.isDirectory(folder), "the c3pa bench is not beside the repository");
        Path file;
        try (Stream<Path> files = Files.list(folder)) {
            file = files.filter(f -> f.toString().endsWith(".html")).sorted().findFirst().orElse(null);
        }
        assumeTrue(file != null);
        PolicyDocument doc = reader.read(file);
        assertEquals("html", doc.format());
        assertTrue(doc.blocks().stream().anyMatch(b -> b.kind() == BlockKind.HEADING), "has headings");
        assertTrue(doc.sentences().size() >= 20, "sentences: " + doc.sentences().size());
        int lines = (int) new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().count() + 1;
        for (Sentence s : doc.sentences()) {
            Span span = doc.span(s.start(), s.end());
            assertTrue(span.endLine() <= lines, span.toString());
        }
    }
}
