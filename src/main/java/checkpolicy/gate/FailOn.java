package checkpolicy.gate;

import checkpolicy.facts.Severity;

/** The least severe gap that fails the gate ({@code --fail-on}). */
public enum FailOn {
    /** Gaps never fail the gate (only --fail-under, if given). */
    NONE,
    /** Gaps in required and required-if-applicable requirements fail. */
    REQUIRED,
    /** Every gap fails, recommended ones too. */
    RECOMMENDED;

    public boolean fails(Severity severity) {
        return switch (this) {
            case NONE -> false;
            case REQUIRED -> severity != Severity.RECOMMENDED;
            case RECOMMENDED -> true;
        };
    }
}
