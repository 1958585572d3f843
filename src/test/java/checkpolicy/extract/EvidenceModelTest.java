package checkpolicy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EvidenceModelTest {

    private static EvidenceModel parse(String text) throws IOException {
        return EvidenceModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesWhatItReadsByteForByte() throws IOException {
        String text = "threshold\t0.2500\nretention\t#bias\t-1.0000\nretention\tw:retain\t2.5000\nsecurity\t#bias\t0.3000\n";
        StringWriter out = new StringWriter();
        parse(text).write(out);
        assertEquals(text, out.toString());
    }

    @Test
    void keepsTheContextModelApartAndWritesItBack() throws IOException {
        String text = "threshold\t0.2500\nretention\t#bias\t-1.0000\n"
                + "context-threshold\t0.5000\ncontext:purpose\t#bias\t0.5000\ncontext:purpose\tc:section\t1.0000\n";
        EvidenceModel m = parse(text);
        assertTrue(m.judges("retention"));
        assertFalse(m.judges("purpose"), "a context weight is not a selection weight");
        assertTrue(m.context().judges("purpose"));
        assertFalse(m.context().judges("retention"));
        assertEquals(0.5, m.context().threshold());
        assertEquals(1 / (1 + Math.exp(-1.5)), m.context().probability("purpose", new TreeSet<>(Set.of("c:section"))), 1e-12);
        StringWriter out = new StringWriter();
        m.write(out);
        assertEquals(text, out.toString());
        assertFalse(EvidenceModel.none().context().judges("purpose"));
    }

    @Test
    void sumsBiasAndTheWeightsOfPresentFeatures() throws IOException {
        EvidenceModel m = parse("threshold\t0.25\nretention\t#bias\t-1\nretention\tw:retain\t2.5\n");
        assertEquals(1 / (1 + Math.exp(-1.5)), m.probability("retention", new TreeSet<>(Set.of("w:retain", "w:other"))), 1e-12);
        assertEquals(1 / (1 + Math.exp(1)), m.probability("retention", new TreeSet<>(Set.of("w:other"))), 1e-12);
        assertEquals(1.0, m.probability("security", new TreeSet<>(Set.of("w:retain"))));
        assertTrue(m.judges("retention"));
        assertFalse(m.judges("security"));
    }

    @Test
    void looksUpByStemCodeWhatItLooksUpByFeatureName() throws Exception {
        EvidenceModel m = EvidenceModel.bundled();
        java.util.List<String> topics = java.util.List.of("retention", "security", "sharing.third-parties", "purpose");
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of(
                "İstanbul office: we keep the KELVIN \u212Ak logs", "İnformation we retain and \u212Aeep secure", "We share data with partners, partners and PARTNERS.", ""));
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("fixtures"))) {
            for (var f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                new checkpolicy.ingest.PolicyReader().read(f).sentences().forEach(x -> texts.add(x.text()));
            }
        }
        int compared = 0;
        for (String text : texts) {
            for (boolean heading : new boolean[] {false, true}) {
                String section = heading ? "" : "How we keep your data";
                var byName = m.passage(checkpolicy.extract.internal.PassageFeatures.ofPassage(text, section, heading));
                var byCode = m.passage(text, section, heading);
                for (String topic : topics) {
                    assertEquals(m.probability(topic, byName, java.util.List.of()),
                            m.probability(topic, byCode, java.util.List.of()), 1e-12, topic + ": " + text);
                    compared++;
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    @Test
    void readsItsNumbersToTheSameBitsAsParsing() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 100_000; i++) {
            String s = String.format(java.util.Locale.ROOT, "%.4f", (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(6)));
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(EvidenceModel.number(s)), s);
        }
        for (String s : new String[] {"-0.0000", "2", "1e-3", "0.123456789", "-.5", "12345678901234567.5"}) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(EvidenceModel.number(s)), s);
        }
    }

    @Test
    void saysWhichLineIsBroken() {
        IOException e = assertThrows(IOException.class, () -> parse("threshold\t0.25\nretention\tw:retain\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        e = assertThrows(IOException.class, () -> parse("retention\tw:retain\tlots\n"));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void theShippedModelJudgesTheCommonTopics() {
        EvidenceModel m = EvidenceModel.bundled();
        for (String topic : new String[] {"retention", "security", "sharing.third-parties", "collection.data-items"}) {
            assertTrue(m.judges(topic), topic);
        }
        assertTrue(m.threshold() > 0 && m.threshold() < 1);
        assertTrue(m.context().judges("purpose"), "the shipped model reads purposes from context");
        assertFalse(EvidenceModel.none().judges("retention"));
    }
}
