package checkpolicy.cli;

import checkpolicy.Checker;
import checkpolicy.ingest.IngestException;
import checkpolicy.ingest.PolicyReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Runs the whole pipeline over every file under some folders in one JVM and counts what became
 * of each: a report, a one-line input error (by kind), or a crash — any other exception, which
 * is a bug. Not part of the user-facing command line; run it with {@code scripts/robustness}.
 */
@Command(name = "robustness", mixinStandardHelpOptions = true,
        description = "Checks every file under DIR... and prints files, reports, errors by kind, crashes, time and peak memory.")
public final class RobustnessCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-r", "--ruleset"}, paramLabel = "ID|DIR", defaultValue = "dpdp-india",
            description = "Checks against this rule set (default: ${DEFAULT-VALUE}).")
    List<String> ruleSets = new ArrayList<>();

    @Option(names = "--list-errors", description = "Prints every input error, not only the counts.")
    boolean listErrors;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders (or files) to check.")
    List<Path> roots = new ArrayList<>();

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        CommandLine cl = new CommandLine(new RobustnessCommand());
        cl.setOut(out);
        cl.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        List<Path> files = files();
        Checker checker = Checker.forRuleSets(ruleSets);
        long compiled = System.nanoTime();
        PolicyReader reader = new PolicyReader();
        int reports = 0;
        Map<String, Integer> errorsByKind = new TreeMap<>();
        List<String> errorLines = new ArrayList<>();
        List<String> crashes = new ArrayList<>();
        long[] millis = new long[files.size()];
        String slowest = "";
        long slowestMillis = -1;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            long t0 = System.nanoTime();
            try {
                checker.check(reader.read(file), Checker.Options.defaults());
                reports++;
            } catch (IngestException e) {
                errorsByKind.merge(e.kind().name(), 1, Integer::sum);
                errorLines.add(e.kind() + " " + e.getMessage());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                crashes.add(file + ": " + e);
            }
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
            if (millis[i] > slowestMillis) {
                slowestMillis = millis[i];
                slowest = file.toString();
            }
        }
        long ended = System.nanoTime();
        Arrays.sort(millis);
        out.printf(Locale.ROOT, "files:        %d%n", files.size());
        out.printf(Locale.ROOT, "reports:      %d%n", reports);
        out.printf(Locale.ROOT, "errors:       %d %s%n", errorLines.size(), errorsByKind);
        out.printf(Locale.ROOT, "crashes:      %d%n", crashes.size());
        out.printf(Locale.ROOT, "wall time:    %.1f s (rule-set compile %.1f s, %d files %.1f s)%n",
                (ended - started) / 1e9, (compiled - started) / 1e9, files.size(), (ended - compiled) / 1e9);
        if (millis.length > 0) {
            out.printf(Locale.ROOT, "per file:     median %d ms, p99 %d ms, max %d ms (%s)%n",
                    millis[millis.length / 2], millis[(int) Math.min(millis.length - 1, Math.floor(millis.length * 0.99))],
                    slowestMillis, slowest);
        }
        out.printf(Locale.ROOT, "peak memory:  %s resident (VmHWM), %d MB heap used at peak%n",
                residentPeak(), peakHeapBytes() / (1024 * 1024));
        if (listErrors) errorLines.forEach(line -> out.println("error: " + line));
        crashes.forEach(line -> out.println("CRASH: " + line));
        return crashes.isEmpty() ? ExitCode.OK.code() : ExitCode.ERROR.code();
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) throw new UsageException(root + ": no such file or folder");
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The resident-set high-water mark from Linux's /proc; "n/a" elsewhere. */
    private static String residentPeak() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.substring(6).replace("kB", "").strip());
                    return kb / 1024 + " MB";
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: only the heap figure is printed
        }
        return "n/a";
    }

    /** Sum of the peak usage of the heap pools (an upper bound on the heap in use at any moment). */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
