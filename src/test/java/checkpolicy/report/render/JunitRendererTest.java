package checkpolicy.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.facts.Status;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.Fingerprint;
import checkpolicy.report.Report;
import checkpolicy.report.Review;
import checkpolicy.report.RuleSetResult;
import checkpolicy.report.Suppression;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML for the five seeds, parsed back with the JDK's XML parser. */
class JunitRendererTest {

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @TestFactory
    Stream<DynamicTest> aTestCasePerRequirementAndAFailurePerGap() {
        return SeedReports.documents().stream().map(d -> DynamicTest.dynamicTest(d.path(), () -> {
            String text = SeedReports.render(new JunitRenderer(), SeedReports.report(d, Review.none()));
            assertEquals(text, SeedReports.render(new JunitRenderer(), SeedReports.report(d, Review.none())), "byte-identical");
            Document xml = parse(text);
            RuleSetResult r = d.results().get(0);
            Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
            assertEquals(d.path() + " [dpdp-india]", suite.getAttribute("name"));
            NodeList cases = xml.getElementsByTagName("testcase");
            assertEquals(28, cases.getLength());
            int gaps = r.count(Status.MISSING) + r.count(Status.PARTIAL);
            int skipped = r.count(Status.NOT_APPLICABLE) + r.count(Status.NOT_IN_FORCE);
            assertEquals(gaps, xml.getElementsByTagName("failure").getLength());
            assertEquals(String.valueOf(gaps), suite.getAttribute("failures"));
            assertEquals(skipped, xml.getElementsByTagName("skipped").getLength());
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                Assessment a = r.assessments().get(i);
                assertTrue(c.getAttribute("name").startsWith(a.requirement().id() + ": "), c.getAttribute("name"));
                NodeList failure = c.getElementsByTagName("failure");
                assertEquals(a.gap() ? 1 : 0, failure.getLength(), a.requirement().id());
                if (a.gap()) {
                    Element f = (Element) failure.item(0);
                    assertEquals(a.finding().status().name(), f.getAttribute("type"));
                    assertTrue(f.getTextContent().contains("Law: " + a.requirement().citation()), f.getTextContent());
                }
            }
        }));
    }

    @Test
    void waivedGapsAreSkippedWithTheirReasonAndTextIsEscaped() throws Exception {
        DocumentReport d = SeedReports.documents().get(0);
        RuleSetResult r = d.results().get(0);
        Assessment gap = r.assessments().stream().filter(Assessment::gap).findFirst().orElseThrow();
        Review review = new Review(null, Map.of(Review.key(d.path(), r.ruleset(), Fingerprint.of(gap)),
                new Suppression(Suppression.Kind.WAIVER, "counsel says <n/a> & \"fine\"\u0001", ".checkpolicy.yaml", null)), List.of());
        Document xml = parse(SeedReports.render(new JunitRenderer(), SeedReports.report(d, review)));
        Element skipped = null;
        NodeList all = xml.getElementsByTagName("skipped");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("message").startsWith("waived: ")) skipped = e;
        }
        assertTrue(skipped != null, "the waived gap is a skipped test");
        assertTrue(skipped.getAttribute("message").contains("counsel says <n/a> & \"fine\""), skipped.getAttribute("message"));
        assertEquals(((Element) skipped.getParentNode()).getAttribute("name"), gap.requirement().id() + ": " + gap.requirement().title());
    }

    @Test
    void unreadableFilesAreErrors() throws Exception {
        Report report = new Report("checkpolicy", "test", List.of(), List.of(new checkpolicy.report.InputError("x.txt", "x.txt: binary")));
        Document xml = parse(SeedReports.render(new JunitRenderer(), report));
        assertEquals(1, xml.getElementsByTagName("error").getLength());
        assertEquals("1", xml.getDocumentElement().getAttribute("errors"));
    }
}
