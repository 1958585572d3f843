package checkpolicy.report;

import java.time.LocalDate;

/**
 * Why a gap does not fail the gate: a waiver with its reason (in the policy file itself or in
 * .checkpolicy.yaml), or the baseline that already knew it. Suppressed gaps stay in every report.
 *
 * @param source where it was declared, e.g. {@code policy.md:12} or {@code .checkpolicy.yaml}
 * @param expires the last day the waiver holds, or null
 */
public record Suppression(Kind kind, String reason, String source, LocalDate expires) {

    public enum Kind {
        /** An inline {@code <!-- checkpolicy-disable ID: reason -->} comment in the policy. */
        INLINE,
        /** A waiver in .checkpolicy.yaml. */
        WAIVER,
        /** Recorded by {@code checkpolicy baseline}: a known gap, not a new one. */
        BASELINE;

        public boolean waived() {
            return this != BASELINE;
        }
    }
}
