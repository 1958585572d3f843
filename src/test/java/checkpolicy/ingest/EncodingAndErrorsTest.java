package checkpolicy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.facts.Span;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How bytes become text, and how unreadable input is refused with a one-line message. */
class EncodingAndErrorsTest {

    private final PolicyReader reader = new PolicyReader();

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }

    private IngestException refused(String path, byte[] content) {
        IngestException e = assertThrows(IngestException.class, () -> reader.read(path, content));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        String body = "Privacy Policy\n\nWe collect your name.";
        PolicyDocument doc = reader.read("bom.txt", concat(bytes(0xEF, 0xBB, 0xBF), body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(body, doc.text());
        Block title = doc.blocks().get(0);
        assertEquals(new Span(1, 1, 1, 15, "Privacy Policy"), doc.span(title.start(), title.end()));
        SpanChecks.assertSpansMatchText(body, doc);
    }

    @Test
    void windows1252IsTheFallbackForInvalidUtf8() throws Exception {
        // 0x92 is a right single quote and 0xA0 a no-break space in windows-1252; neither is valid UTF-8.
        byte[] content = concat("We don".getBytes(StandardCharsets.US_ASCII), bytes(0x92),
                "t sell data.".getBytes(StandardCharsets.US_ASCII), bytes(0xA0),
                "Caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9), " owners agree.".getBytes(StandardCharsets.US_ASCII));
        PolicyDocument doc = reader.read("cp1252.txt", content);
        assertEquals("We don\u2019t sell data.\u00A0Caf\u00E9 owners agree.", doc.text());
        assertEquals(2, doc.sentences().size(), "a no-break space separates sentences too");
        assertEquals("We don\u2019t sell data.", doc.sentences().get(0).text());
    }

    @Test
    void validUtf8IsNotMistakenForWindows1252() throws Exception {
        String body = "We don\u2019t sell data \u2014 ever. Caf\u00E9.";
        assertEquals(body, reader.read("utf8.txt", body.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void utf8CutOffInsideACharacterIsNotUtf8() throws Exception {
        // the first two of the three bytes of an em dash: the file ends inside a character
        byte[] content = concat("We never sell data ".getBytes(StandardCharsets.US_ASCII), bytes(0xE2, 0x80));
        assertEquals("We never sell data â€", reader.read("cut.txt", content).text());
    }

    @Test
    void utf16WithByteOrderMark() throws Exception {
        String body = "Privacy Policy\r\n\r\nWe collect your name.";
        PolicyDocument le = reader.read("le.txt", concat(bytes(0xFF, 0xFE), body.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("Privacy Policy\n\nWe collect your name.", le.text());
        Block paragraph = le.blocks().get(1);
        assertEquals(new Span(3, 1, 3, 22, "We collect your name."), le.span(paragraph.start(), paragraph.end()));

        PolicyDocument be = reader.read("be.txt", concat(bytes(0xFE, 0xFF), body.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(le.text(), be.text());
    }

    @Test
    void crlfAndLoneCrKeepLineNumbers() throws Exception {
        String original = "Privacy Policy\r\n\r\nWe collect your name\r\nand your e-mail address. We keep them safe.\r\n\r\n"
                + "Old Mac line one.\rOld Mac line two.\r";
        PolicyDocument doc = reader.read("crlf.txt", original.getBytes(StandardCharsets.UTF_8));
        assertFalse(doc.text().contains("\r"));
        Sentence first = doc.sentences().get(1);
        assertEquals("We collect your name\nand your e-mail address.", first.text());
        Span span = doc.span(first.start(), first.end());
        assertEquals(3, span.line());
        assertEquals(4, span.endLine());
        assertEquals(25, span.endColumn());
        Sentence keep = doc.sentences().get(2);
        assertEquals(new Span(4, 26, 4, 44, "We keep them safe."), doc.span(keep.start(), keep.end()));
        Sentence mac = doc.sentences().get(4);
        assertEquals(new Span(7, 1, 7, 18, "Old Mac line two."), doc.span(mac.start(), mac.end()));
        SpanChecks.assertSpansMatchText(original, doc);
    }

    @Test
    void binaryFilesAreRefused() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        random[100] = 0;
        assertEquals("blob.txt: binary file, not a policy text", refused("blob.txt", random).getMessage());

        byte[] png = concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D), new byte[64]);
        assertTrue(refused("image.html", png).getMessage().endsWith("binary file, not a policy text"));

        // No NUL, but mostly control characters.
        byte[] controls = new byte[1000];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        assertTrue(refused("controls.txt", controls).getMessage().contains("binary file"));
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        assertEquals("empty.txt: empty file", refused("empty.txt", new byte[0]).getMessage());
        assertEquals("blank.md: empty file", refused("blank.md", " \n\t\r\n  ".getBytes(StandardCharsets.US_ASCII)).getMessage());
        assertEquals("bom.txt: empty file", refused("bom.txt", bytes(0xEF, 0xBB, 0xBF, ' ', '\n')).getMessage());
    }

    @Test
    void missingFileAndDirectory(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        IngestException e = assertThrows(IngestException.class, () -> reader.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
        IngestException d = assertThrows(IngestException.class, () -> reader.read(dir));
        assertEquals(dir + ": is a directory", d.getMessage());
    }

    @Test
    void sizeCap(@TempDir Path dir) throws Exception {
        byte[] big = "We collect data. ".repeat(100).getBytes(StandardCharsets.US_ASCII);
        PolicyReader small = new PolicyReader(1024);
        assertEquals("big.txt is larger than the 1 KB limit",
                assertThrows(IngestException.class, () -> small.read("big.txt", big)).getMessage());
        Path file = dir.resolve("big.txt");
        Files.write(file, big);
        assertEquals(file + " is larger than the 1 KB limit",
                assertThrows(IngestException.class, () -> small.read(file)).getMessage());

        byte[] overDefault = new byte[(int) PolicyReader.DEFAULT_MAX_BYTES + 1];
        java.util.Arrays.fill(overDefault, (byte) 'a');
        assertEquals("huge.txt is larger than the 5 MB limit",
                assertThrows(IngestException.class, () -> reader.read("huge.txt", overDefault)).getMessage());
        assertEquals(PolicyReader.DEFAULT_MAX_BYTES, reader.maxBytes());
    }

    @Test
    void shaIsHexOfTheOriginalBytes() throws Exception {
        // "abc" is the FIPS 180-2 test vector; a BOM would change it, so the digest is of the bytes, not the text.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                reader.read("abc.txt", "abc".getBytes(StandardCharsets.US_ASCII)).sha256());
    }

    @Test
    void formatFollowsTheExtensionElseTheContent() throws Exception {
        byte[] html = "<html><body><p>We collect data.</p></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] text = "We collect data.".getBytes(StandardCharsets.UTF_8);
        assertEquals("text", reader.read("a.txt", text).format());
        assertEquals("text", reader.read("a.TEXT", text).format());
        assertEquals("markdown", reader.read("a.md", text).format());
        assertEquals("markdown", reader.read("dir.v2/a.markdown", text).format());
        assertEquals("html", reader.read("a.HTM", html).format());
        assertEquals("html", reader.read("a.xhtml", html).format());
        assertEquals("html", reader.read("policy", html).format());
        assertEquals("html", reader.read("policy.php", "\n  <p>We collect data.</p>".getBytes(StandardCharsets.UTF_8)).format());
        assertEquals("text", reader.read("policy", text).format());
        assertEquals("text", reader.read("policy.dat", "<b> is bold".getBytes(StandardCharsets.UTF_8)).format());
        // An HTML file read as text keeps its tags: the extension decides.
        assertTrue(reader.read("page.txt", html).text().startsWith("<html>"));
    }
}
