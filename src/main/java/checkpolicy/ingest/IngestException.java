package checkpolicy.ingest;

/**
 * A policy that cannot be read: missing, empty, binary, too large, in an unknown format, or (for a
 * URL) not fetched. The message is one line for the user; the kind lets batch runs count errors.
 */
public class IngestException extends Exception {

    /** Why the input was refused; stable names, used to group errors in batch summaries. */
    public enum Kind {
        NOT_FOUND, UNREADABLE, TOO_LARGE, EMPTY, BINARY, NO_TEXT, UNSUPPORTED_TYPE, MALFORMED,
        NETWORK, HTTP_STATUS, OTHER
    }

    private final Kind kind;

    public IngestException(String message) {
        this(Kind.OTHER, message);
    }

    public IngestException(String message, Throwable cause) {
        this(Kind.OTHER, message, cause);
    }

    public IngestException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public IngestException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
