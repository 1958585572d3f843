package checkpolicy.ingest.internal;

import checkpolicy.ingest.IngestException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a policy file into text. Policies in the wild are UTF-8, UTF-16 with a byte
 * order mark, or (older crawls, Windows editors) windows-1252 without any declaration; strict UTF-8
 * decoding tells the last apart because windows-1252 punctuation (0x92, 0x96 …) is never valid UTF-8.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How much of the file binary detection looks at; enough to catch images, archives, PDFs. */
    private static final int SNIFF_BYTES = 8192;

    private TextDecoder() {}

    /**
     * Decodes {@code bytes}, refusing binary and empty files. The result has line endings
     * normalised to {@code \n} and no byte order mark.
     */
    public static String decode(String displayPath, byte[] bytes) throws IngestException {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            rejectBinary(displayPath, bytes, 3);
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
            rejectBinaryText(displayPath, text);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
            rejectBinaryText(displayPath, text);
        } else {
            int padding = leadingNuls(bytes);
            rejectBinary(displayPath, bytes, padding);
            text = strictUtf8(bytes);
            if (text == null) text = new String(bytes, WINDOWS_1252);
            if (padding > 0) text = " ".repeat(padding) + text.substring(padding);
        }
        if (text.isBlank()) throw new IngestException(IngestException.Kind.EMPTY, displayPath + ": empty file");
        return normaliseLineEndings(text);
    }

    /**
     * Replaces CRLF and lone CR with LF. Every line ending stays one line ending, so line numbers
     * are unchanged, and a CR only ever stands at the end of a line, so columns are unchanged too.
     */
    public static String normaliseLineEndings(String text) {
        if (text.indexOf('\r') < 0) return text;
        // Two bulk replaces, not a char-by-char copy: most of the Windows-1252 corpus is CRLF.
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The bytes as UTF-8, or null when they are not UTF-8. Decoded without exceptions, since most
     * of an archived corpus is Windows-1252 and an exception per file costs its stack trace; ASCII,
     * the commonest UTF-8, is taken as it is.
     */
    private static String strictUtf8(byte[] bytes) {
        if (isAscii(bytes)) return new String(bytes, StandardCharsets.ISO_8859_1);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(bytes.length); // UTF-8 never has more characters than bytes
        if (decoder.decode(ByteBuffer.wrap(bytes), chars, true).isError() || decoder.flush(chars).isError()) return null;
        return chars.flip().toString();
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return false;
        return true;
    }

    /**
     * Some crawled files begin with a run of NUL bytes (space reserved by the crawler and never
     * written) followed by ordinary text. Such padding is not a sign of a binary file; it is read
     * as spaces, one per byte, so columns on the first line stay true to the file.
     */
    private static int leadingNuls(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && bytes[i] == 0) i++;
        return i;
    }

    /** A NUL byte or a high share of control bytes in the first 8 KB marks a binary file. */
    private static void rejectBinary(String displayPath, byte[] bytes, int from) throws IngestException {
        int end = Math.min(bytes.length, from + SNIFF_BYTES);
        int controls = 0;
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) throw binary(displayPath);
            if (isControl(b)) controls++;
        }
        if (tooManyControls(controls, end - from)) throw binary(displayPath);
    }

    private static void rejectBinaryText(String displayPath, String text) throws IngestException {
        int end = Math.min(text.length(), SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == 0) throw binary(displayPath);
            if (c < 0x20 && isControl(c)) controls++;
        }
        if (tooManyControls(controls, end)) throw binary(displayPath);
    }

    private static boolean isControl(int b) {
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
    }

    private static boolean tooManyControls(int controls, int length) {
        return length > 0 && controls * 10 > length;
    }

    private static IngestException binary(String displayPath) {
        return new IngestException(IngestException.Kind.BINARY, displayPath + ": binary file, not a policy text");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
