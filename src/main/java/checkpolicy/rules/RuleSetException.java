package checkpolicy.rules;

/** A rule set that cannot be used. The message is one line: file, line where known, and the reason. */
public class RuleSetException extends RuntimeException {

    public RuleSetException(String message) {
        super(message);
    }

    public RuleSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
