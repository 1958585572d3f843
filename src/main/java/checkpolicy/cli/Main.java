package checkpolicy.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: builds the configured command line, runs it, exits with its code. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        EarlyStart.begin(args);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line and returns the exit code instead of exiting, for tests. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(out, err).execute(args);
    }

    /** All picocli set-up in one place: writers, error handlers, exit codes. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new CheckPolicyCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(t -> ExitCode.ERROR.code());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("checkpolicy: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.ERROR.code();
        });
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }
}
