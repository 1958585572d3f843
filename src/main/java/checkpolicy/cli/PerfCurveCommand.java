package checkpolicy.cli;

import checkpolicy.Checker;
import checkpolicy.cli.internal.OrderedWork;
import checkpolicy.ingest.IngestException;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.Review;
import checkpolicy.report.render.JsonLinesRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How the cost of a check grows with the size of a policy, and how many policies a second a
 * warm process checks on one and on several threads. Policies of 1 KB to 1 MB are made by
 * repeating the fixture policies; each is also measured as one section (its paragraphs only, so
 * there is no heading), the worst case for rules that join facts of the same section. Not part
 * of the user-facing command line; run it with {@code scripts/perf-curve} (docs/performance.md).
 */
@Command(name = "perf-curve", mixinStandardHelpOptions = true,
        description = "Prints time per policy for 1 KB .. 1 MB policies and policies/s over a corpus at --jobs 1 and 2.")
public final class PerfCurveCommand implements Callable<Integer> {

    private static final int[] SIZES_KB = {1, 4, 16, 64, 256, 1024};
    /** Each size is checked for at least this long per run, so small policies are timed over many checks. */
    private static final long MIN_RUN_NANOS = 300_000_000L;
    private static final long WARM_UP_NANOS = 1_500_000_000L;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-r", "--ruleset"}, paramLabel = "ID|DIR", defaultValue = "dpdp-india",
            description = "Checks against this rule set (default: ${DEFAULT-VALUE}).")
    List<String> ruleSets = new ArrayList<>();

    @Option(names = "--fixtures", paramLabel = "DIR", defaultValue = "fixtures",
            description = "Takes the policy text to repeat from DIR/*.txt (default: ${DEFAULT-VALUE}).")
    Path fixtures;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus/dmoz-3000",
            description = "Measures policies/s over the policies under DIR; skipped when it is missing (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Times each figure N times and prints the median (default: ${DEFAULT-VALUE}).")
    int runs;

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new PerfCurveCommand());
        cl.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Checker checker = Checker.forRuleSets(ruleSets);
        String text = fixtureText();
        curve(checker, text, out);
        if (Files.isDirectory(corpus)) throughput(checker, out);
        else out.println("(no " + corpus + ": policies/s not measured)");
        return 0;
    }

    private void curve(Checker checker, String text, PrintWriter out) throws IOException {
        out.printf(Locale.ROOT, "%n%-8s %14s %14s %18s %18s%n", "size", "ms/policy", "us/KB", "one section ms", "one section us/KB");
        List<PolicyDocument> sectioned = new ArrayList<>();
        List<PolicyDocument> flat = new ArrayList<>();
        for (int kb : SIZES_KB) {
            String cut = repeatTo(text, kb * 1024);
            sectioned.add(read("curve-" + kb + "KB.txt", cut));
            flat.add(read("curve-" + kb + "KB-one-section.txt", oneSection(cut)));
        }
        // Warm-up: the JIT compiles the hot paths, the big policies' ones too, before anything is timed.
        for (int i = 0; i < SIZES_KB.length; i++) {
            time(checker, sectioned.get(i), WARM_UP_NANOS);
            time(checker, flat.get(i), WARM_UP_NANOS);
        }
        for (int i = 0; i < SIZES_KB.length; i++) {
            double ms = medianMillis(checker, sectioned.get(i));
            double flatMs = medianMillis(checker, flat.get(i));
            out.printf(Locale.ROOT, "%-8s %14.2f %14.1f %18.2f %18.1f%n", SIZES_KB[i] + " KB", ms, ms * 1000 / SIZES_KB[i],
                    flatMs, flatMs * 1000 / SIZES_KB[i]);
            out.flush();
        }
    }

    private void throughput(Checker checker, PrintWriter out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        out.printf(Locale.ROOT, "%n%d policies under %s, read, checked and written as JSON Lines (discarded), warm process:%n",
                files.size(), corpus);
        int cores = Runtime.getRuntime().availableProcessors();
        int[] jobs = cores > 2 ? new int[] {1, 2, cores} : new int[] {1, 2};
        pass(checker, files, cores);  // warm-up
        for (int j : jobs) {
            double[] rates = new double[runs];
            for (int r = 0; r < runs; r++) rates[r] = files.size() / (pass(checker, files, j) / 1e9);
            out.printf(Locale.ROOT, "--jobs %d: %.0f policies/s (median of %d; runs %s)%n", j, median(rates), runs, rounded(rates));
            out.flush();
        }
    }

    /** Nanoseconds to read, check and render every file on {@code jobs} threads. */
    private static long pass(Checker checker, List<Path> files, int jobs) {
        PolicyReader reader = new PolicyReader();
        JsonLinesRenderer lines = new JsonLinesRenderer();
        Writer sink = Writer.nullWriter();
        long start = System.nanoTime();
        OrderedWork.run(files, jobs, file -> {
            try {
                return checker.check(reader.read(file), Checker.Options.defaults());
            } catch (IngestException e) {
                return null;
            }
        }, (DocumentReport report) -> {
            try {
                if (report != null) lines.document(report, Review.none(), sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return System.nanoTime() - start;
    }

    private double medianMillis(Checker checker, PolicyDocument document) {
        double[] perCheck = new double[runs];
        for (int r = 0; r < runs; r++) perCheck[r] = time(checker, document, MIN_RUN_NANOS);
        return median(perCheck);
    }

    /** Milliseconds per check, checking again until {@code minNanos} have passed. */
    private static double time(Checker checker, PolicyDocument document, long minNanos) {
        long start = System.nanoTime();
        int n = 0;
        long elapsed;
        do {
            checker.check(document, Checker.Options.defaults());
            n++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < minNanos);
        return elapsed / 1e6 / n;
    }

    private String fixtureText() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> s = Files.list(fixtures)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        if (all.length() == 0) throw new UsageException(fixtures + ": no .txt policies to build the curve from");
        return all.toString();
    }

    /** The text repeated up to {@code bytes} characters, cut at a line end. */
    static String repeatTo(String text, int bytes) {
        StringBuilder b = new StringBuilder(bytes + text.length());
        while (b.length() < bytes) b.append(text);
        int cut = b.lastIndexOf("\n", bytes);
        return b.substring(0, cut > 0 ? cut + 1 : bytes);
    }

    /**
     * The text as one section: only its paragraphs (lines of more than 12 words ending a sentence),
     * so no line reads as a heading and every fact stands in the section before the first heading.
     */
    static String oneSection(String text) {
        return text.lines().filter(l -> !l.startsWith(">") && l.strip().endsWith(".") && l.strip().split("\\s+").length > 12)
                .collect(java.util.stream.Collectors.joining("\n\n", "", "\n"));
    }

    private static PolicyDocument read(String name, String text) {
        try {
            return new PolicyReader().read(name, text.getBytes(StandardCharsets.UTF_8));
        } catch (IngestException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String rounded(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }
}
