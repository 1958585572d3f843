package checkpolicy.spark;

import static org.apache.spark.sql.functions.col;

import checkpolicy.spark.internal.CheckPartition;
import checkpolicy.spark.internal.PolicyInputs;
import checkpolicy.spark.internal.RuleSetDefinitions;
import checkpolicy.spark.internal.Schemas;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Checks a corpus of privacy policies on Spark with the same core the CLI runs, and writes
 * per-policy results and the share of policies meeting each requirement by year and category.
 * {@code spark-submit --class checkpolicy.spark.CorpusJob checkpolicy-spark.jar --input … --output …};
 * docs/scale.md has the layouts, the tables and the figures.
 */
public final class CorpusJob {

    private CorpusJob() {}

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            System.err.println("checkpolicy-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            // Compiled here first so a broken rule set stops the job with one line, as the CLI does,
            // before any executor starts; in local mode the executors reuse this very Checker.
            RuleSetDefinitions.of(options.ruleSets()).checker();
        } catch (checkpolicy.rules.RuleSetException | checkpolicy.extract.LexiconException e) {
            System.err.println("checkpolicy-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("checkpolicy").getOrCreate();
        try {
            long start = System.nanoTime();
            long policies = run(spark, options);
            // Without the JVM and Spark start-up: what docs/scale.md's per-core rate is made of.
            System.out.printf(java.util.Locale.ROOT, "checkpolicy-spark: checked %d policies into %s in %.1f s%n",
                    policies, options.output(), (System.nanoTime() - start) / 1e9);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job and returns how many policies it wrote. */
    public static long run(SparkSession spark, JobOptions options) {
        // Cached before sorting: the sort samples its input first, which must not check the corpus twice.
        Dataset<Row> checked = check(spark, options).cache();
        try {
            write(checked.orderBy(col("id")), options, "policies");
            write(Aggregates.byYear(checked).coalesce(1), options, "by-year");
            write(Aggregates.byCategory(checked).coalesce(1), options, "by-category");
            return checked.count();
        } finally {
            checked.unpersist();
        }
    }

    /** The per-policy table of {@link Schemas#POLICY}, not yet written. */
    public static Dataset<Row> check(SparkSession spark, JobOptions options) {
        // Rule sets leave the driver as their definitions; each executor compiles them once.
        RuleSetDefinitions definitions = RuleSetDefinitions.of(options.ruleSets());
        Broadcast<RuleSetDefinitions> ruleSets = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(definitions);
        int partitions = options.partitions() > 0 ? options.partitions()
                : 4 * spark.sparkContext().defaultParallelism();
        Dataset<Row> inputs = PolicyInputs.read(spark, options).repartition(partitions, col("id"));
        return inputs.mapPartitions(new CheckPartition(ruleSets, options.asOf()), Encoders.row(Schemas.POLICY));
    }

    private static void write(Dataset<Row> table, JobOptions options, String name) {
        DataFrameWriter<Row> writer = table.write().mode(SaveMode.Overwrite);
        String path = options.output() + "/" + name;
        if (options.format().equals("jsonl")) writer.json(path);
        else writer.parquet(path);
    }
}
