package checkpolicy.cli;

import checkpolicy.Checker;
import checkpolicy.cli.internal.InputFiles;
import checkpolicy.cli.internal.OrderedWork;
import checkpolicy.cli.internal.Progress;
import checkpolicy.gate.GateConfig;
import checkpolicy.ingest.IngestException;
import checkpolicy.ingest.PolicyFetcher;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.InputError;
import checkpolicy.report.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads and checks every input of a run, reporting unreadable files on stderr and in the report. */
final class CheckRun {

    private CheckRun() {}

    /** A check needs a FILE unless the config names {@code paths}: said as picocli says it, with the --help hint. */
    static void requireInputs(picocli.CommandLine.Model.CommandSpec spec, List<String> named, GateConfig cfg) {
        if (named.isEmpty() && cfg.paths().isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing required parameter: 'FILE' (or set 'paths' in " + GateConfig.FILE_NAME + ")");
        }
    }

    /** The files named on the command line, or else those under the config's {@code paths}. */
    static List<Path> inputs(List<String> named, GateConfig cfg) {
        try {
            if (!named.isEmpty()) return InputFiles.expand(named, CheckOptions.cwd(), CheckOptions.cwd());
            if (!cfg.paths().isEmpty()) return InputFiles.expand(cfg.paths(), cfg.base(), CheckOptions.cwd());
        } catch (InputFiles.NothingMatched e) {
            throw new UsageException(e.getMessage());
        }
        throw new UsageException("no policy files given (name files, folders or globs, or set 'paths' in "
                + GateConfig.FILE_NAME + ")");
    }

    static Report check(Checker checker, Checker.Options options, List<Path> files, PrintWriter err) {
        return check(checker, options, files, List.of(), new PolicyReader(), Runtime.getRuntime().availableProcessors(),
                System.console() != null, err);
    }

    /** As above with a given reader (its size limit), then each web address, fetched; on {@code jobs} threads. */
    static Report check(Checker checker, Checker.Options options, List<Path> files, List<String> urls,
                        PolicyReader reader, int jobs, boolean progress, PrintWriter err) {
        List<DocumentReport> documents = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        each(checker, options, files, urls, reader, jobs, progress, err, outcome -> {
            if (outcome.error() != null) errors.add(outcome.error());
            else documents.add(outcome.report());
        });
        return new Report("checkpolicy", VersionProvider.version(), documents, errors);
    }

    /** What checking one input gave: its report, or why it could not be read. */
    record Outcome(DocumentReport report, InputError error) {}

    /** A file or a web address. */
    private record Input(Path file, String url) {}

    /**
     * Checks every file, then every web address, on {@code jobs} threads and hands each outcome to
     * {@code sink} on this thread in input order, saying on stderr why an input could not be read.
     *
     * @param progress show files done, rate and time left on stderr (when there is more than one input)
     */
    static void each(Checker checker, Checker.Options options, List<Path> files, List<String> urls, PolicyReader reader,
                     int jobs, boolean progress, PrintWriter err, Consumer<Outcome> sink) {
        List<Input> inputs = new ArrayList<>();
        files.forEach(f -> inputs.add(new Input(f, null)));
        urls.forEach(u -> inputs.add(new Input(null, u)));
        PolicyFetcher fetcher = urls.isEmpty() ? null : new PolicyFetcher(reader);
        Progress shown = progress && inputs.size() > 1 ? new Progress(err, inputs.size(), System::nanoTime) : null;
        OrderedWork.run(inputs, jobs, input -> {
            String name = input.file() != null ? input.file().toString() : input.url();
            try {
                return new Outcome(checker.check(input.file() != null ? reader.read(input.file()) : fetcher.fetch(input.url()),
                        options), null);
            } catch (IngestException e) {
                return new Outcome(null, new InputError(name, e.getMessage()));
            }
        }, outcome -> {
            if (outcome.error() != null) {
                String message = "checkpolicy: " + outcome.error().message();
                if (shown != null) shown.interrupt(message);
                else err.println(message);
            }
            sink.accept(outcome);
            if (shown != null) shown.step();
        });
        if (shown != null) shown.finish();
    }
}
