package checkpolicy.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .checkpolicy.yaml: found walking up, read with its paths relative to itself, refused with a reason. */
class GateConfigTest {

    @TempDir
    Path tmp;

    @Test
    void isFoundInTheNearestFolderAbove() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo/docs/legal"));
        Path cfg = Files.writeString(tmp.resolve("repo/" + GateConfig.FILE_NAME), "fail-on: required\n");
        assertEquals(cfg.toAbsolutePath(), GateConfig.find(repo).orElseThrow());
        Path nearer = Files.writeString(tmp.resolve("repo/docs/" + GateConfig.FILE_NAME), "fail-under: 50\n");
        assertEquals(nearer.toAbsolutePath(), GateConfig.find(repo).orElseThrow());
    }

    @Test
    void readsEverySetting() throws Exception {
        Path cfg = Files.writeString(tmp.resolve(GateConfig.FILE_NAME), """
                rulesets: [dpdp-india]
                paths: [policy/]
                format: sarif
                fail-under: 55
                fail-on: recommended
                as-of: 2027-06-01
                assume: {children: no}
                baseline: ci/baseline.json
                waivers:
                  - requirement: DPDP-NOMINATION
                    path: "policy/*.md"
                    reason: handled by support
                    expires: 2027-01-31
                """);
        GateConfig c = GateConfig.load(cfg);
        assertEquals(List.of("dpdp-india"), c.ruleSets());
        assertEquals(List.of("policy/"), c.paths());
        assertEquals("sarif", c.format());
        assertEquals(55.0, c.failUnder());
        assertEquals(FailOn.RECOMMENDED, c.failOn());
        assertEquals(LocalDate.of(2027, 6, 1), c.asOf());
        assertFalse(c.assume().get("children"));
        assertEquals(tmp.toAbsolutePath().resolve("ci/baseline.json"), c.baseline());
        Waiver w = c.waivers().get(0);
        assertEquals("DPDP-NOMINATION", w.requirement());
        assertEquals(LocalDate.of(2027, 1, 31), w.expires());
        assertTrue(w.expired(LocalDate.of(2027, 2, 1)));
        assertFalse(w.expired(LocalDate.of(2027, 1, 31)));
    }

    @Test
    void refusesAWaiverWithoutAReasonAndUnknownSettings() throws Exception {
        Path noReason = Files.writeString(tmp.resolve("a.yaml"), "waivers:\n  - requirement: DPDP-NOMINATION\n");
        assertTrue(assertThrows(GateException.class, () -> GateConfig.load(noReason)).getMessage().contains("needs a reason"));
        Path unknown = Files.writeString(tmp.resolve("b.yaml"), "fail_under: 3\n");
        assertTrue(assertThrows(GateException.class, () -> GateConfig.load(unknown)).getMessage().contains("unknown setting 'fail_under'"));
        Path broken = Files.writeString(tmp.resolve("c.yaml"), "fail-on: [\n");
        assertTrue(assertThrows(GateException.class, () -> GateConfig.load(broken)).getMessage().matches("(?s).*c\\.yaml:\\d+: .*"));
    }

    @Test
    void inlineWaiversNeedAReasonAndMayCarryAnExpiry() {
        List<Waiver> ws = InlineWaivers.in("# Policy\n\n<!-- checkpolicy-disable DPDP-NOMINATION: handled by support -->\n"
                + "<!--checkpolicy-disable DPDP-GRIEVANCE-PERIOD until 2027-05-13:\n   new process from May -->\n", "p.md");
        assertEquals(2, ws.size());
        assertEquals("handled by support", ws.get(0).reason());
        assertEquals("p.md:3", ws.get(0).source());
        assertEquals(LocalDate.of(2027, 5, 13), ws.get(1).expires());
        assertEquals("new process from May", ws.get(1).reason());
        GateException e = assertThrows(GateException.class, () -> InlineWaivers.in("x\n<!-- checkpolicy-disable DPDP-NOMINATION -->", "p.md"));
        assertEquals("p.md:2: the waiver for DPDP-NOMINATION needs a reason", e.getMessage());
    }
}
