package checkpolicy.report;

/** A file that could not be checked, and why, in one line. */
public record InputError(String path, String message) {}
