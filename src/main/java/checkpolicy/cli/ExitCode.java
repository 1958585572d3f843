package checkpolicy.cli;

/** The exit codes every command uses, the linters' convention (design.md). */
public enum ExitCode {
    /** The check ran and the gate, if one was asked for, passed. */
    OK(0),
    /** The check ran and a gate (--fail-under) failed. */
    GATE_FAILED(1),
    /** Usage, configuration or input error; nothing or only part was checked. */
    ERROR(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
