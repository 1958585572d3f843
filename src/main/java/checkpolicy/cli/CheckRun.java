package checkpolicy.cli;

import checkpolicy.Checker;
import checkpolicy.cli.internal.InputFiles;
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
        return check(checker, options, files, List.of(), new PolicyReader(), err);
    }

    /** As above with a given reader (its size limit), then each web address, fetched. */
    static Report check(Checker checker, Checker.Options options, List<Path> files, List<String> urls,
                        PolicyReader reader, PrintWriter err) {
        List<DocumentReport> documents = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        // Progress only for a person watching several files; CI logs and tests get just the report.
        boolean progress = files.size() > 1 && System.console() != null;
        int n = 0;
        for (Path file : files) {
            if (progress) err.printf("checking %d/%d %s%n", ++n, files.size(), file);
            try {
                documents.add(checker.check(reader.read(file), options));
            } catch (IngestException e) {
                errors.add(new InputError(file.toString(), e.getMessage()));
                err.println("checkpolicy: " + e.getMessage());
            }
        }
        PolicyFetcher fetcher = urls.isEmpty() ? null : new PolicyFetcher(reader);
        for (String url : urls) {
            try {
                documents.add(checker.check(fetcher.fetch(url), options));
            } catch (IngestException e) {
                errors.add(new InputError(url, e.getMessage()));
                err.println("checkpolicy: " + e.getMessage());
            }
        }
        return new Report("checkpolicy", VersionProvider.version(), documents, errors);
    }
}
