package checkpolicy.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which current gaps a recorded baseline covers, and the file round trip. */
class BaselineTest {

    @TempDir
    Path tmp;

    private final Baseline baseline = new Baseline(List.of(
            new Baseline.Entry("legal/p.md", "dpdp-india", "DPDP-RIGHTS-MEANS", "MISSING", "aaaa"),
            new Baseline.Entry("legal/p.md", "dpdp-india", "DPDP-SECURITY", "PARTIAL", "bbbb")));

    @Test
    void coversTheSameFingerprintAndGapsThatImproved() {
        assertTrue(baseline.covering("legal/p.md", "dpdp-india", "DPDP-SECURITY", "PARTIAL", "bbbb").isPresent());
        assertTrue(baseline.covering("legal/p.md", "dpdp-india", "DPDP-RIGHTS-MEANS", "PARTIAL", "cccc").isPresent(), "MISSING -> PARTIAL improved");
        assertTrue(baseline.covering("legal/p.md", "dpdp-india", "DPDP-SECURITY", "PARTIAL", "dddd").isPresent(), "reworded, still partial");
    }

    @Test
    void doesNotCoverGapsThatGotWorseOrAreElsewhere() {
        assertFalse(baseline.covering("legal/p.md", "dpdp-india", "DPDP-SECURITY", "MISSING", "eeee").isPresent(), "PARTIAL -> MISSING");
        assertFalse(baseline.covering("legal/p.md", "dpdp-india", "DPDP-NOMINATION", "MISSING", "ffff").isPresent());
        assertFalse(baseline.covering("legal/other.md", "dpdp-india", "DPDP-SECURITY", "PARTIAL", "bbbb").isPresent());
    }

    @Test
    void roundTripsAndRefusesWhatIsNotABaseline() throws Exception {
        Path file = tmp.resolve("b/baseline.json");
        baseline.write(file);
        assertEquals(baseline, Baseline.read(file));
        assertEquals("../legal/p.md", Baseline.relative(tmp.resolve("legal/p.md").toString(), file));
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"findings\": []}");
        assertTrue(assertThrows(GateException.class, () -> Baseline.read(bad)).getMessage().contains("not a checkpolicy baseline"));
    }
}
