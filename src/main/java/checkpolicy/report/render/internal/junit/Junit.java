package checkpolicy.report.render.internal.junit;

import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.Writer;

/**
 * The JUnit XML that CI servers read (the Ant/Surefire dialect): suites of test cases, each
 * passed, failed, skipped or in error. Written with the JDK's StAX writer, which escapes text.
 */
public final class Junit {

    private Junit() {}

    public record Suites(String name, List<Suite> suites) {
        public int tests() {
            return suites.stream().mapToInt(s -> s.cases().size()).sum();
        }

        public int count(Outcome o) {
            return suites.stream().mapToInt(s -> s.count(o)).sum();
        }
    }

    public record Suite(String name, List<Case> cases) {
        public int count(Outcome o) {
            return (int) cases.stream().filter(c -> c.outcome() == o).count();
        }
    }

    public enum Outcome { PASSED, FAILED, SKIPPED, ERROR }

    /** {@code message} is the one-line summary; {@code detail} the element's text. */
    public record Case(String classname, String name, Outcome outcome, String type, String message, String detail) {}

    public static void write(Suites suites, Writer out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("testsuites");
        x.writeAttribute("name", suites.name());
        counts(x, suites.tests(), suites.count(Outcome.FAILED), suites.count(Outcome.ERROR), suites.count(Outcome.SKIPPED));
        for (Suite s : suites.suites()) {
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", clean(s.name()));
            counts(x, s.cases().size(), s.count(Outcome.FAILED), s.count(Outcome.ERROR), s.count(Outcome.SKIPPED));
            for (Case c : s.cases()) testCase(x, c);
            x.writeCharacters("\n  ");
            x.writeEndElement();
        }
        x.writeCharacters("\n");
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
    }

    private static void counts(XMLStreamWriter x, int tests, int failures, int errors, int skipped) throws XMLStreamException {
        x.writeAttribute("tests", Integer.toString(tests));
        x.writeAttribute("failures", Integer.toString(failures));
        x.writeAttribute("errors", Integer.toString(errors));
        x.writeAttribute("skipped", Integer.toString(skipped));
        // Checks take no measurable time; a fixed 0 keeps the output byte-identical between runs.
        x.writeAttribute("time", "0");
    }

    private static void testCase(XMLStreamWriter x, Case c) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", clean(c.classname()));
        x.writeAttribute("name", clean(c.name()));
        x.writeAttribute("time", "0");
        if (c.outcome() != Outcome.PASSED) {
            x.writeCharacters("\n      ");
            x.writeStartElement(switch (c.outcome()) {
                case FAILED -> "failure";
                case ERROR -> "error";
                default -> "skipped";
            });
            x.writeAttribute("message", clean(c.message()));
            if (c.type() != null) x.writeAttribute("type", c.type());
            if (c.detail() != null) x.writeCharacters(clean(c.detail()));
            x.writeEndElement();
            x.writeCharacters("\n    ");
        }
        x.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters even escaped; a policy may contain them. */
    static String clean(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD");
    }
}
