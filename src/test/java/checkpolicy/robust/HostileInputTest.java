package checkpolicy.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import checkpolicy.Checker;
import checkpolicy.ingest.IngestException;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.DocumentReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to make a careless parser or regular expression take quadratic or exponential
 * time. Each runs the whole pipeline (read, extract, rules, score). The timeout is a hang
 * detector, generous enough for a loaded CI machine, not a speed claim: measured times are in
 * docs/robustness.md.
 */
class HostileInputTest {

    /** Far beyond linear time for these sizes; a backtracking blow-up takes hours, not seconds. */
    private static final Duration HANG = Duration.ofSeconds(30);
    private static final int MB = 1024 * 1024;

    private static Checker checker;
    private final PolicyReader reader = new PolicyReader(16L * MB);

    @BeforeAll
    static void compile() {
        checker = Checker.forRuleSets(java.util.List.of("dpdp-india"));
    }

    private DocumentReport check(String name, String content) {
        return assertTimeoutPreemptively(HANG, () -> {
            try {
                return checker.check(reader.read(name, content.getBytes(StandardCharsets.UTF_8)), Checker.Options.defaults());
            } catch (IngestException e) {
                assertFalse(e.getMessage().contains("\n"));
                return null;
            }
        }, name);
    }

    /** A real policy with every line break turned into a space, repeated to one 1 MB line. */
    @Test
    void oneMegabyteSingleLine() throws Exception {
        String policy = Files.readString(Path.of("fixtures/003_5ad22d9086874e0c.txt")).replaceAll("\\s+", " ");
        StringBuilder sb = new StringBuilder(MB + policy.length());
        while (sb.length() < MB) sb.append(policy).append(' ');
        DocumentReport report = check("line.txt", sb.toString());
        assertNotNull(report);
        assertFalse(report.facts().isEmpty());
    }

    /**
     * Value look-alikes (phones, dates, e-mails, URLs, names) packed densely into one section.
     * Kept to 256 KB: rules that join every value with every disclosure of a section grow with
     * the square of their number (docs/robustness.md), which no real policy comes near.
     */
    @Test
    void valueDenseLine() {
        String[] pieces = {"We ", "collect ", "your ", "name, ", "e-mail ", "1-800-555-0199 ", "+91 98765 43210 ",
                "12/12/2020 ", "1 January 2024 ", "within 30 days ", "Mr. ", "R. K. ", "Sharma ", "info@example.com ",
                "info [at] example [dot] com ", "https://example.com/a/b?c=d ", "www.example.org ", "under 13 ",
                "110001 ", "Grievance Officer: ", "(", ")", "\"", "; ", "address: ", "not ", "sell. "};
        StringBuilder sb = new StringBuilder(MB / 4 + 100);
        Random random = new Random(7);
        while (sb.length() < MB / 4) sb.append(pieces[random.nextInt(pieces.length)]);
        assertNotNull(check("dense.txt", sb.toString()));
    }

    /** Long unbroken runs of one character class, the classic trigger of nested quantifiers. */
    @Test
    void runsOfOneCharacterClass() {
        for (String unit : new String[] {"a", "1", "a.", "a-", "A. ", "Mr ", "- ", "@a", "http://a", "(("}) {
            check("run.txt", unit.repeat(MB / unit.length()));
        }
        // Every number here is a candidate age, phone and date: linear, but slow per byte; 256 KB.
        for (String unit : new String[] {"1 ", "1-", "12/", "+1 "}) {
            check("numbers.txt", unit.repeat(MB / 4 / unit.length()));
        }
    }

    @Test
    void hundredThousandNestedTags() {
        int depth = 100_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>We collect your name and e-mail address.</p>"
                + "</div>".repeat(depth) + "</body></html>";
        check("nested.html", html);
        String unclosed = "<html><body>" + "<span><b><i>".repeat(depth / 3) + "We share data with partners.";
        check("unclosed.html", unclosed);
        String lists = "<ul><li>".repeat(depth / 2) + "Retention: we keep data for 90 days.";
        check("lists.html", lists);
    }

    @Test
    void millionRepeatedWords() {
        assertNotNull(check("words.txt", "privacy ".repeat(1_000_000)));
        assertNotNull(check("sentences.txt", "We share data. ".repeat(333_334)));
        assertNotNull(check("lines.md", "- we do not sell your data\n".repeat(200_000)));
    }
}
