package checkpolicy.cli;

import checkpolicy.extract.LexiconException;
import checkpolicy.gate.GateException;
import checkpolicy.ingest.IngestException;
import checkpolicy.rules.RuleSetException;
import picocli.CommandLine;

/**
 * The one place errors become messages: one line on stderr, and the stack trace only with
 * --debug. Domain errors say what is wrong; anything else is a bug and says so.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        boolean debug = parsed.hasMatchedOption("--debug")
                || (cl.getParseResult() != null && cl.getParseResult().hasMatchedOption("--debug"));
        String message;
        if (ex instanceof RuleSetException || ex instanceof LexiconException || ex instanceof IngestException
                || ex instanceof UsageException || ex instanceof GateException) {
            message = ex.getMessage();
        } else {
            message = "internal error: " + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
                    + (debug ? "" : " (run with --debug for details)");
        }
        cl.getErr().println("checkpolicy: " + message.replace('\n', ' '));
        if (debug) ex.printStackTrace(cl.getErr());
        return ExitCode.ERROR.code();
    }
}
