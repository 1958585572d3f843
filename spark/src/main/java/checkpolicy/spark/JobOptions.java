package checkpolicy.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one run of {@link CorpusJob} reads, checks against and writes.
 *
 * @param input a folder of policy files, or a {@code .jsonl}/{@code .json}/{@code .parquet} table
 * @param layout how to read {@code input}
 * @param output the folder that receives {@code policies/}, {@code by-year/} and {@code by-category/}
 * @param format {@code parquet} or {@code jsonl}
 * @param ruleSets bundled rule-set ids or rule-set folders, as the CLI's {@code --ruleset}
 * @param asOf as the CLI's {@code --as-of}; null judges every requirement (readiness)
 * @param partitions how many pieces to split the corpus into; 0 picks four per core
 */
public record JobOptions(String input, Layout layout, String output, String format, List<String> ruleSets,
                         LocalDate asOf, int partitions) {

    /** How the input is laid out; see docs/scale.md. */
    public enum Layout {
        /** Policy files in any folder tree; the first folder under the input names the site category. */
        FILES,
        /** The Princeton-Leuven archive: {@code a/ab/abc/abc.com.md} files, each led by an archive header. */
        ARCHIVE,
        /** A JSONL or Parquet table with columns id, url, date, text and optionally category. */
        TABLE
    }

    public JobOptions {
        ruleSets = List.copyOf(ruleSets);
    }

    static final String USAGE = "usage: CorpusJob --input DIR|TABLE --output DIR [--layout files|archive|table]"
            + " [--format parquet|jsonl] [--ruleset ID|DIR]... [--as-of YYYY-MM-DD] [--partitions N]";

    /** Parses the command line; an {@link IllegalArgumentException} carries the one line to show. */
    public static JobOptions parse(String... args) {
        String input = null;
        String output = null;
        String layout = null;
        String format = "parquet";
        List<String> ruleSets = new ArrayList<>();
        LocalDate asOf = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) throw new IllegalArgumentException(flag + " needs a value; " + USAGE);
            String value = args[++i];
            switch (flag) {
                case "--input" -> input = value;
                case "--output" -> output = value;
                case "--layout" -> layout = value.toLowerCase(Locale.ROOT);
                case "--format" -> format = value.toLowerCase(Locale.ROOT);
                case "--ruleset" -> ruleSets.add(value);
                case "--as-of" -> asOf = LocalDate.parse(value);
                case "--partitions" -> partitions = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + flag + "; " + USAGE);
            }
        }
        if (input == null || output == null) throw new IllegalArgumentException(USAGE);
        if (!format.equals("parquet") && !format.equals("jsonl")) {
            throw new IllegalArgumentException("--format must be parquet or jsonl, not " + format);
        }
        if (ruleSets.isEmpty()) ruleSets.add("dpdp-india");
        return new JobOptions(input, layout == null ? guessLayout(input) : layout(layout), output, format, ruleSets,
                asOf, partitions);
    }

    private static Layout layout(String name) {
        for (Layout l : Layout.values()) {
            if (l.name().equalsIgnoreCase(name)) return l;
        }
        throw new IllegalArgumentException("--layout must be files, archive or table, not " + name);
    }

    private static Layout guessLayout(String input) {
        String name = input.toLowerCase(Locale.ROOT);
        boolean table = name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".parquet");
        return table ? Layout.TABLE : Layout.FILES;
    }
}
