package checkpolicy.ingest;

/** A policy that cannot be read: missing, empty, binary, too large, or in an unknown format. The message is one line for the user. */
public class IngestException extends Exception {

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
