package checkpolicy.report.render.internal.html;

import checkpolicy.facts.Disclosure;
import checkpolicy.report.DocumentReport;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation a report is about: the legal entity the policy names as responsible
 * (identity.controller passages), or the file name when it names none.
 */
final class Organisation {

    /** Capitalised words ending in a company form: "Career Mitra Information Services Pvt. Ltd.", "Contetra Private Limited". */
    private static final Pattern ENTITY = Pattern.compile(
            "(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}\\p{M}\\p{N}&'’.-]*\\s+){0,7}?\\p{Lu}[\\p{L}\\p{M}\\p{N}&'’.-]*\\s+"
                    + "(?:Pvt\\.?\\s*Ltd\\.?|Private\\s+Limited|Limited|Ltd\\.?|LLP|Inc\\.?|LLC|Corporation|Corp\\.|GmbH|S\\.A\\.|B\\.V\\.|PLC|plc))");

    private Organisation() {}

    static String of(DocumentReport d) {
        for (Disclosure f : d.facts()) {
            if (!f.topic().equals("identity.controller") || !f.affirms()) continue;
            Matcher m = ENTITY.matcher(f.evidence().quote());
            if (m.find()) return m.group(1).replaceAll("\\s+", " ").strip();
        }
        Path name = Path.of(d.path()).getFileName();
        return name == null ? d.path() : name.toString();
    }
}
