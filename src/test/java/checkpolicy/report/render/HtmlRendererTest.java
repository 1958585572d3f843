package checkpolicy.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.report.Assessment;
import checkpolicy.report.Report;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The HTML page: self-contained, well-formed, deterministic, and holding what the PDF holds. */
class HtmlRendererTest {

    @Test
    void sameInputSameBytesAndTheDateOnlyWhenGiven() {
        Report report = AuditReports.check(AuditReports.FIXTURES.get(3));
        String a = AuditReports.html(report, null);
        assertEquals(a, AuditReports.html(report, null));
        assertFalse(a.contains("Generated on"));
        String dated = AuditReports.html(report, LocalDate.of(2026, 11, 1));
        assertTrue(dated.contains("<th>Generated on</th><td>2026-11-01</td>"), "cover shows the given date");
    }

    @Test
    void noScriptsNoFetchesAndWellFormedForThePdfLayout() throws Exception {
        String html = AuditReports.html(AuditReports.check(AuditReports.FIXTURES.get(2)), null);
        String lower = html.toLowerCase(Locale.ROOT);
        for (String banned : new String[] {"<script", " src=", "url(", "@import", "<link", "<img", "<iframe"}) {
            assertFalse(lower.contains(banned), "the page must not load anything: found " + banned);
        }
        Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", dom.getDocumentElement().getTagName());
    }

    @Test
    void beforeCommencementNothingIsScoredOrCalledAGap() {
        Report ok = AuditReports.check(AuditReports.FIXTURES.get(3));
        Report early = AuditReports.checkAsOf(LocalDate.of(2026, 1, 1), AuditReports.FIXTURES.get(3));
        String html = AuditReports.html(early, null);
        assertTrue(html.contains("No requirement applies on 2026-01-01, so there is nothing to score."), html);
        assertTrue(html.contains("No gaps: no requirement applies."));
        assertFalse(AuditReports.html(ok, null).contains("No gaps"));
    }

    @Test
    void filesThatCouldNotBeReadAreListed() {
        Report ok = AuditReports.check(AuditReports.FIXTURES.get(4));
        Report report = new Report(ok.toolName(), ok.toolVersion(), ok.documents(),
                java.util.List.of(new checkpolicy.report.InputError("broken.pdf", "broken.pdf: not a text file")));
        String html = AuditReports.html(report, null);
        assertTrue(html.contains("Files that could not be checked"));
        assertTrue(html.contains("<td>broken.pdf: not a text file</td>"));
    }

    @Test
    void policyTextIsEscaped() {
        Report report = AuditReports.check(AuditReports.FIXTURES.get(3));
        String html = AuditReports.html(report, null);
        assertTrue(html.contains("(Contetra Private Limited, \"we\" or \"us\")"), "quotes kept as text");
        for (Assessment a : report.documents().get(0).results().get(0).assessments()) {
            assertTrue(html.contains("id=\"p1-dpdp-india-" + a.requirement().id().toLowerCase(Locale.ROOT) + "\""),
                    "each requirement has an anchor the gap table links to");
        }
    }
}
