package checkpolicy.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.Checker;
import checkpolicy.facts.Polarity;
import checkpolicy.facts.Span;
import checkpolicy.facts.Value;
import checkpolicy.facts.ValueKind;
import checkpolicy.ingest.Block;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.DocumentReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inputs as they come from the wild, through the whole pipeline. */
class RealWorldInputsTest {

    private static Checker checker;
    private final PolicyReader reader = new PolicyReader();

    @BeforeAll
    static void compile() {
        checker = Checker.forRuleSets(List.of("dpdp-india"));
    }

    private DocumentReport check(PolicyDocument doc) {
        return checker.check(doc, Checker.Options.defaults());
    }

    @Test
    void linkTargetsAreEvidenceAndPointAtTheHref() throws Exception {
        String html = "<html><body>\n<nav><a href=\"https://example.com/home\">Home</a></nav>\n<h2>Your consent</h2>\n"
                + "<p>You may <a href=\"https://example.com/consent/withdraw\">withdraw consent</a> at any time.</p>\n"
                + "<p>Write to <a href=\"mailto:privacy@example.com?subject=Privacy\">our privacy team</a>.</p>\n"
                + "<p>See <a href=\"https://example.com/faq\">https://example.com/faq</a> and <a href=\"#top\">top</a>.</p>\n"
                + "</body></html>";
        PolicyDocument doc = reader.read("links.html", html.getBytes(StandardCharsets.UTF_8));
        assertTrue(doc.text().contains("You may withdraw consent (https://example.com/consent/withdraw) at any time."), doc.text());
        assertTrue(doc.text().contains("Write to our privacy team (privacy@example.com)."), doc.text());
        assertTrue(doc.text().contains("See https://example.com/faq and top."), "no target twice, none for #top: " + doc.text());
        assertFalse(doc.text().contains("home"), "navigation links stay out");

        String url = "https://example.com/consent/withdraw";
        int at = doc.text().indexOf(url);
        Span span = doc.span(at, at + url.length());
        String line = html.split("\n")[span.line() - 1];
        assertEquals(line.indexOf("</a> at any time") + 1, span.column(), "the target is placed at the link's end tag");
        Block paragraph = doc.blocks().stream().filter(b -> b.text().startsWith("You may")).findFirst().orElseThrow();
        Span whole = doc.span(paragraph.start(), paragraph.end());
        assertEquals(line.indexOf("You may") + 1, whole.column());
        assertEquals(line.indexOf("</p>") + 1, whole.endColumn());

        // A link that opens its paragraph on a later line than its href must still give a span that ends after it starts.
        String split = "<html><body><p><a\n  href=\"https://example.com/optout\"\n>Opt out</a></p></body></html>";
        PolicyDocument opt = reader.read("split.html", split.getBytes(StandardCharsets.UTF_8));
        Block only = opt.blocks().get(0);
        assertEquals("Opt out (https://example.com/optout)", only.text());
        Span s = opt.span(only.start(), only.end());
        assertTrue(s.endLine() > s.line() || s.endColumn() >= s.column(), s.toString());

        DocumentReport report = check(doc);
        Value link = report.values().stream().filter(v -> v.kind() == ValueKind.URL).findFirst().orElseThrow();
        assertEquals(url, link.normalized());
        assertEquals("consent.withdrawal", link.topic());
        assertTrue(report.values().stream().anyMatch(v -> v.kind() == ValueKind.EMAIL && v.normalized().equals("privacy@example.com")));
    }

    @Test
    void curlyQuotesAndNoBreakSpacesMatchLikePlainOnes() throws Exception {
        String plain = "Privacy Policy\n\nWe don't sell your personal data.\n";
        String fancy = "Privacy Policy\n\nWe don\u2019t\u00A0sell your\u00A0personal data.\n";
        DocumentReport a = check(reader.read("plain.txt", plain.getBytes(StandardCharsets.UTF_8)));
        DocumentReport b = check(reader.read("fancy.txt", fancy.getBytes(StandardCharsets.UTF_8)));
        assertEquals(a.facts().stream().map(d -> d.topic() + " " + d.polarity()).toList(),
                b.facts().stream().map(d -> d.topic() + " " + d.polarity()).toList());
        assertTrue(b.facts().stream().anyMatch(d -> d.topic().equals("sharing.sale") && d.polarity() == Polarity.DENIES));
        // The quote is the original text, no-break spaces and all.
        assertTrue(b.facts().stream().anyMatch(d -> d.evidence().quote().contains("don\u2019t\u00A0sell")));
    }

    @Test
    void crawlFilesWithLeadingNulPaddingAreRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[52]);
        out.writeBytes("https://example.com/privacy\nPrivacy Policy\n\nWe collect your e-mail address.\n".getBytes(StandardCharsets.UTF_8));
        PolicyDocument doc = reader.read("padded.txt", out.toByteArray());
        DocumentReport report = check(doc);
        assertFalse(report.results().isEmpty());
        int at = doc.text().indexOf("We collect");
        assertEquals(new Span(4, 1, 4, 3, "We"), doc.span(at, at + 2));
    }
}
