package checkpolicy.cli;

import picocli.CommandLine.Option;

/** How a run over many files uses the machine and shows how far it is. */
final class BatchOptions {

    /** Set by bin/checkpolicy from {@code [ -t 2 ]}: Java alone cannot tell whether stderr is a terminal. */
    static final String STDERR_TERMINAL = "checkpolicy.stderr.terminal";

    @Option(names = "--jobs", paramLabel = "N",
            description = "Checks up to N files at a time (default: the number of processors); the report is the same for any N.")
    Integer jobs;

    @Option(names = "--progress", negatable = true,
            description = "Shows files done, rate and time left on stderr (default: when stderr is a terminal).")
    Boolean progress;

    int jobs() {
        if (jobs == null) return Runtime.getRuntime().availableProcessors();
        if (jobs < 1) throw new UsageException("--jobs takes a number of threads from 1 up, not " + jobs);
        return jobs;
    }

    /** The flag if given, else whether stderr is a terminal as far as we can tell. */
    boolean progress() {
        if (progress != null) return progress;
        String terminal = System.getProperty(STDERR_TERMINAL);
        if (terminal != null) return Boolean.parseBoolean(terminal);
        return System.console() != null;
    }
}
