package checkpolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format html and pdf from the command line, and where the generation date comes from. */
class AuditFormatsCliTest {

    private static final String SEED = "fixtures/003_5ad22d9086874e0c.txt";

    @TempDir
    Path tmp;

    @Test
    void pdfGoesToTheNamedFile() throws IOException {
        Path out = tmp.resolve("audit.pdf");
        CliTest.Run r = CliTest.run("--format", "pdf", "--output", out.toString(), SEED);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err(), "the PDF library must not log to stderr");
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(out), 5);
        assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
    }

    @Test
    void pdfWithoutAnOutputFileIsAUsageError() {
        CliTest.run("--format", "pdf", SEED).assertOneLineError("--output");
    }

    @Test
    void htmlCarriesTheGivenGenerationDate() {
        CliTest.Run r = CliTest.run("--format", "html", "--generated-on", "2026-11-01", SEED);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("<!DOCTYPE html>"), r.out());
        assertTrue(r.out().contains("<td>2026-11-01</td>"));
        assertTrue(r.out().contains("Contetra Private Limited"));
    }

    @Test
    void generationDateComesFromTheOptionThenSourceDateEpoch() {
        LocalDate given = LocalDate.of(2026, 1, 2);
        assertEquals(given, GenerationDate.resolve(given, "1700000000"));
        assertEquals(LocalDate.of(2023, 11, 14), GenerationDate.resolve(null, "1700000000"));
        assertNull(GenerationDate.resolve(null, null));
        assertNull(GenerationDate.resolve(null, " "));
        assertThrows(UsageException.class, () -> GenerationDate.resolve(null, "yesterday"));
    }

    @Test
    void aWaivedGapStaysVisibleAndMarkedInTheAuditReport(@TempDir Path dir) throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.md"), String.join("\n",
                "# Privacy Policy",
                "<!-- checkpolicy-disable DPDP-NOMINATION: nominations are taken at the branch counter -->",
                "We collect your name, email address and phone number to deliver your orders.",
                ""));
        CliTest.Run r = CliTest.run("--no-config", "--format", "html", policy.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("DPDP-NOMINATION"), "the waived gap is still listed");
        assertTrue(
                r.out().contains("waived in the policy: nominations are taken at the branch counter"), r.out());
    }
}
