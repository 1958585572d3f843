package checkpolicy.extract;

/** A lexicon file that cannot be used; the message names the file and what is wrong with it. */
public class LexiconException extends RuntimeException {

    public LexiconException(String message) {
        super(message);
    }

    public LexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
