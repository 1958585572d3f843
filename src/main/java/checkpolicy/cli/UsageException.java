package checkpolicy.cli;

/** A flag value that parses but makes no sense (an unknown format, a bad --assume). */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
