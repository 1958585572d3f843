package checkpolicy.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds waivers written into a Markdown or HTML policy as comments, which readers of the
 * rendered page never see: {@code <!-- checkpolicy-disable DPDP-NOMINATION: reason -->}, with an
 * optional {@code until YYYY-MM-DD} after the id.
 */
public final class InlineWaivers {

    private static final Pattern COMMENT = Pattern.compile(
            "<!--\\s*checkpolicy-disable\\s+([A-Za-z0-9][A-Za-z0-9_.-]*)(?:\\s+until\\s+(\\S+?))?\\s*(?::(.*?))?-->",
            Pattern.DOTALL);

    /** What every waiver comment holds. */
    private static final String MARKER = "checkpolicy-disable";
    /** The marker is ASCII, so these are its bytes in a UTF-8 file too. */
    private static final byte[] MARKER_BYTES = MARKER.getBytes(StandardCharsets.US_ASCII);

    private InlineWaivers() {}

    private static boolean contains(byte[] bytes, byte[] marker) {
        outer:
        for (int i = 0; i + marker.length <= bytes.length; i++) {
            if (bytes[i] != marker[0]) continue;
            for (int j = 1; j < marker.length; j++) if (bytes[i + j] != marker[j]) continue outer;
            return true;
        }
        return false;
    }

    public static List<Waiver> in(Path file, String displayPath) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            // A batch asks this of every policy: most hold no waiver, and need not be decoded to tell.
            if (!contains(bytes, MARKER_BYTES)) return List.of();
            return in(new String(bytes, StandardCharsets.UTF_8), displayPath);
        } catch (IOException e) {
            return List.of(); // the reader reports unreadable files; nothing to waive in them
        }
    }

    public static List<Waiver> in(String text, String displayPath) {
        if (!text.contains(MARKER)) return List.of();
        List<Waiver> out = new ArrayList<>();
        Matcher m = COMMENT.matcher(text);
        while (m.find()) {
            String source = displayPath + ":" + line(text, m.start());
            LocalDate until = null;
            if (m.group(2) != null) {
                try {
                    until = LocalDate.parse(m.group(2));
                } catch (DateTimeParseException e) {
                    throw new GateException(source + ": 'until " + m.group(2) + "' is not a date (YYYY-MM-DD)");
                }
            }
            String reason = m.group(3) == null ? null : m.group(3).replaceAll("\\s+", " ").strip();
            out.add(new Waiver(m.group(1), null, null, reason, until, source, true));
        }
        return out;
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
