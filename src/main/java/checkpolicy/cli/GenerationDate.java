package checkpolicy.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The date an audit report says it was generated: --generated-on, else the reproducible-builds
 * SOURCE_DATE_EPOCH (seconds since 1970, read as a UTC date), else none, never the clock, so a
 * rebuild from the same inputs gives the same file.
 */
final class GenerationDate {

    private GenerationDate() {}

    static LocalDate resolve(LocalDate given, String sourceDateEpoch) {
        if (given != null) return given;
        if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) return null;
        try {
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())), ZoneOffset.UTC);
        } catch (RuntimeException e) {
            throw new UsageException("SOURCE_DATE_EPOCH must be whole seconds since 1970, not '" + sourceDateEpoch + "'");
        }
    }
}
