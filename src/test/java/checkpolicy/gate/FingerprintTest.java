package checkpolicy.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import checkpolicy.facts.Span;
import checkpolicy.report.Fingerprint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fingerprints follow what the evidence says, not where it sits or how it is wrapped. */
class FingerprintTest {

    @Test
    void sameWordsElsewhereInTheFileKeepTheFingerprint() {
        String a = Fingerprint.of("DPDP-SECURITY", List.of(new Span(33, 1, 33, 60, "We are committed to ensure that your information is secure.")));
        String b = Fingerprint.of("DPDP-SECURITY", List.of(new Span(80, 5, 81, 12, "We are committed to ensure\n  that your information is SECURE")));
        assertEquals(a, b);
    }

    @Test
    void differentWordsOrRequirementGiveANewFingerprint() {
        Span s = new Span(1, 1, 1, 10, "We keep your data safe.");
        assertNotEquals(Fingerprint.of("DPDP-SECURITY", List.of(s)),
                Fingerprint.of("DPDP-SECURITY", List.of(new Span(1, 1, 1, 10, "We keep your data encrypted."))));
        assertNotEquals(Fingerprint.of("DPDP-SECURITY", List.of(s)), Fingerprint.of("DPDP-RETENTION", List.of(s)));
    }

    @Test
    void aMissingItemIsFingerprintedByItsRequirementAlone() {
        assertEquals(Fingerprint.of("DPDP-NOMINATION", List.of()), Fingerprint.of("DPDP-NOMINATION", List.of()));
        assertNotEquals(Fingerprint.of("DPDP-NOMINATION", List.of()), Fingerprint.of("DPDP-CONTACT-DPO", List.of()));
        assertEquals(16, Fingerprint.of("DPDP-NOMINATION", List.of()).length());
    }
}
