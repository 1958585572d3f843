package checkpolicy.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * An image the build compiled from one source file, headed so that a run can tell whether to
 * use it: a magic line naming the format and its version, the SHA-256 of the source bytes it was
 * made from, and a CRC-32C of the body against damage. A run hands over the source it would
 * otherwise parse; the image is used only when it was made from exactly those bytes, so an image
 * older than its source (edited since the build) costs time, never a wrong result.
 */
public final class SourceImage {

    /** Where the build puts every image in the jar: these, the KieBase images and their index. */
    public static final String FOLDER = "checkpolicy/precompiled/";

    private static final int KEY_LENGTH = 32;

    private SourceImage() {}

    public static byte[] of(String magic, byte[] source, ImageWriter body) {
        byte[] m = magic(magic);
        byte[] b = body.toBytes();
        return ByteBuffer.allocate(m.length + KEY_LENGTH + Integer.BYTES + b.length)
                .put(m).put(sha256(source)).putInt(crc32c(b, 0, b.length)).put(b).array();
    }

    /** A reader of the image's body when it is whole and was made from these source bytes; empty otherwise. */
    public static Optional<ImageReader> open(String magic, byte[] source, InputStream image) {
        if (image == null) return Optional.empty();
        try (InputStream in = image) {
            byte[] bytes = in.readAllBytes();
            byte[] m = magic(magic);
            int body = m.length + KEY_LENGTH + Integer.BYTES;
            if (bytes.length < body || !Arrays.equals(bytes, 0, m.length, m, 0, m.length)
                    || !Arrays.equals(bytes, m.length, m.length + KEY_LENGTH, sha256(source), 0, KEY_LENGTH)
                    || ByteBuffer.wrap(bytes, body - Integer.BYTES, Integer.BYTES).getInt() != crc32c(bytes, body, bytes.length - body)) {
                return Optional.empty();
            }
            return Optional.of(new ImageReader(Arrays.copyOfRange(bytes, body, bytes.length)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] magic(String magic) {
        return (magic + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static int crc32c(byte[] bytes, int from, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, length);
        return (int) crc.getValue();
    }

    /** A name for the image of this source: the hex of its SHA-256, so different sources never share one. */
    public static String name(byte[] source) {
        return java.util.HexFormat.of().formatHex(sha256(source));
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
