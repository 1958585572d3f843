package checkpolicy.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void aTableIsRecognisedByItsNameAndDpdpIndiaIsTheDefault() {
        JobOptions o = JobOptions.parse("--input", "s3a://b/policies.parquet", "--output", "out");
        assertEquals(JobOptions.Layout.TABLE, o.layout());
        assertEquals(List.of("dpdp-india"), o.ruleSets());
        assertEquals("parquet", o.format());
        assertEquals(JobOptions.Layout.FILES, JobOptions.parse("--input", "corpus", "--output", "out").layout());
    }

    @Test
    void rulesetsRepeatAndTheLayoutCanBeNamed() {
        JobOptions o = JobOptions.parse("--input", "archive", "--output", "out", "--layout", "archive",
                "--ruleset", "gdpr", "--ruleset", "lgpd", "--format", "JSONL", "--as-of", "2027-06-01");
        assertEquals(JobOptions.Layout.ARCHIVE, o.layout());
        assertEquals(List.of("gdpr", "lgpd"), o.ruleSets());
        assertEquals("jsonl", o.format());
        assertEquals("2027-06-01", o.asOf().toString());
    }

    @Test
    void mistakesAreOneLine() {
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "x"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "x", "--output", "y", "--format", "csv"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "x", "--output", "y", "--bogus", "1"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input"));
        assertEquals("--layout must be files, archive or table, not warc", assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--input", "x", "--output", "y", "--layout", "warc")).getMessage());
    }
}
