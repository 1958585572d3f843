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

    private InlineWaivers() {}

    public static List<Waiver> in(Path file, String displayPath) {
        try {
            return in(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), displayPath);
        } catch (IOException e) {
            return List.of(); // the reader reports unreadable files; nothing to waive in them
        }
    }

    public static List<Waiver> in(String text, String displayPath) {
        if (!text.contains("checkpolicy-disable")) return List.of();
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
