package checkpolicy.report;

import checkpolicy.facts.Finding;
import checkpolicy.facts.Requirement;

/** A requirement and the finding on it. */
public record Assessment(Requirement requirement, Finding finding) {

    /** A gap is what a reader must fix: MISSING, or PARTIAL (mentioned without a required element). */
    public boolean gap() {
        return finding.status() == checkpolicy.facts.Status.MISSING || finding.status() == checkpolicy.facts.Status.PARTIAL;
    }
}
