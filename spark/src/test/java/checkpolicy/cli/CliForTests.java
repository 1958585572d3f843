package checkpolicy.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The CLI's own in-process entry point ({@code Main.run} is package-private), for comparing with the job. */
public final class CliForTests {

    private CliForTests() {}

    public record Outcome(int exitCode, String out, String err) {}

    public static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }
}
