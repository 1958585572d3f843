package checkpolicy.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import checkpolicy.Checker;
import checkpolicy.ingest.IngestException;
import checkpolicy.ingest.DocxReadingTest;
import checkpolicy.ingest.PdfReadingTest;
import checkpolicy.ingest.PolicyReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random and damaged inputs through the whole pipeline: each must give a report or one clean
 * {@link IngestException}, never another exception. Seeded, so a failure names a case that
 * can be replayed.
 */
class FuzzTest {

    private static final String[] NAMES = {"p.txt", "p.md", "p.html", "p.pdf", "policy"};
    private static final String[] WORDS = {"We", "collect", "your", "e-mail", "not", "sell", "Grievance", "Officer:",
            "30 days", "under 13", "+91 98765 43210", "privacy@example.com", "https://example.com/x", "#", "##",
            "- ", "* ", "1.", "(a)", "---", "|", "\u2019", "\u00A0", "\uFEFF", "\u200B", "\u202E", "\uD800",
            "e\u0301", "\u0000", "\t", "\r", "\n", "\n\n", ">", "**", "<", "&amp;", "&#x0;", "&#99999999;"};
    private static final String[] TAGS = {"div", "p", "ul", "li", "ol", "table", "tr", "td", "h1", "h3", "b", "a",
            "span", "nav", "footer", "script", "style", "br", "pre", "section", "article", "main"};

    private static Checker checker;
    private final PolicyReader reader = new PolicyReader();

    @BeforeAll
    static void compile() {
        checker = Checker.forRuleSets(List.of("dpdp-india"));
    }

    private void survive(String caseName, String name, byte[] bytes) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                assertNotNull(checker.check(reader.read(name, bytes), Checker.Options.defaults()));
            } catch (IngestException e) {
                assertFalse(e.getMessage().contains("\n"), caseName + ": " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                fail(caseName + " (" + name + ", " + bytes.length + " bytes) crashed: " + e, e);
            }
        }, caseName);
    }

    @Test
    void randomBytes() {
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(3000)];
            random.nextBytes(bytes);
            if (i % 2 == 0) for (int k = 0; k < bytes.length; k++) bytes[k] = (byte) (bytes[k] & 0x7F | 0x20);  // printable-ish
            if (i % 7 == 0 && bytes.length > 3) { bytes[0] = (byte) 0xFF; bytes[1] = (byte) 0xFE; }  // a UTF-16 BOM on garbage
            survive("bytes#" + i, NAMES[i % NAMES.length], bytes);
        }
    }

    @Test
    void policyLikeTextWithOddCharacters() {
        Random random = new Random(2);
        for (int i = 0; i < 150; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(400);
            for (int k = 0; k < n; k++) sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            survive("text#" + i, NAMES[i % 3], sb.toString().getBytes(i % 5 == 0 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8));
        }
    }

    @Test
    void truncatedAndNestedHtml() {
        Random random = new Random(3);
        for (int i = 0; i < 150; i++) {
            StringBuilder sb = new StringBuilder("<html><head><title>t</title></head><body>");
            int depth = 0;
            int n = random.nextInt(600);
            for (int k = 0; k < n; k++) {
                int r = random.nextInt(10);
                String tag = TAGS[random.nextInt(TAGS.length)];
                if (r < 4) {
                    sb.append('<').append(tag).append(random.nextBoolean() ? " class=\"cookie-banner\"" : "")
                            .append(tag.equals("a") ? " href=\"https://example.com/" + k + "\"" : "").append('>');
                    depth++;
                } else if (r < 6 && depth > 0) {
                    sb.append("</").append(tag).append('>');
                    depth--;
                } else {
                    sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
            }
            String html = sb.toString();
            String cut = html.substring(0, random.nextInt(html.length() + 1));  // truncated mid-tag, mid-entity, anywhere
            survive("html#" + i, i % 4 == 0 ? "page" : "p.html", cut.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void damagedPdfs() throws Exception {
        byte[] pdf = PdfReadingTest.pdf(new String[] {"Privacy Policy", "", "We collect your e-mail address."},
                new String[] {"We do not sell your data."});
        Random random = new Random(4);
        for (int i = 0; i < 60; i++) {
            byte[] bytes = i % 2 == 0 ? Arrays.copyOf(pdf, random.nextInt(pdf.length)) : pdf.clone();
            int flips = i % 2 == 0 ? 0 : 1 + random.nextInt(20);
            for (int k = 0; k < flips; k++) bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            survive("pdf#" + i, "p.pdf", bytes);
        }
    }

    @Test
    void damagedDocx() throws Exception {
        byte[] docx = DocxReadingTest.docx("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Privacy</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>We collect your e-mail address.</w:t></w:r></w:p>");
        Random random = new Random(5);
        for (int i = 0; i < 60; i++) {
            byte[] bytes = i % 2 == 0 ? Arrays.copyOf(docx, random.nextInt(docx.length)) : docx.clone();
            int flips = i % 2 == 0 ? 0 : 1 + random.nextInt(20);
            for (int k = 0; k < flips; k++) bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            survive("docx#" + i, "p.docx", bytes);
        }
    }
}
