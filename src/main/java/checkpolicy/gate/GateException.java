package checkpolicy.gate;

/** A configuration, baseline or waiver that cannot be used; the message names the file and why. */
public final class GateException extends RuntimeException {

    public GateException(String message) {
        super(message);
    }

    public GateException(String message, Throwable cause) {
        super(message, cause);
    }
}
