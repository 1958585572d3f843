package checkpolicy.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import checkpolicy.spark.JobOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** Turns each input layout into rows of {@link Schemas#INPUT}: one policy's bytes and what is known of it. */
public final class PolicyInputs {

    private PolicyInputs() {}

    /** The extensions the CLI looks for in a folder. */
    private static final String POLICY_FILES = "(?i).*\\.(txt|md|markdown|html|htm|pdf|docx)$";

    public static Dataset<Row> read(SparkSession spark, JobOptions options) {
        return switch (options.layout()) {
            case FILES -> files(spark, options.input(), POLICY_FILES, true);
            case ARCHIVE -> files(spark, options.input(), "(?i).*\\.md$", false);
            case TABLE -> table(spark, options.input());
        };
    }

    private static Dataset<Row> files(SparkSession spark, String input, String names, boolean categoryFolders) {
        String root = qualifiedRoot(spark, input);
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input)
                .filter(col("path").rlike(names))
                .select("path", "content");
        return files.map((MapFunction<Row, Row>) row -> {
            String relative = relative(root, row.getString(0));
            String category = categoryFolders ? PolicyMetadata.categoryOf(relative) : "unknown";
            return RowFactory.create(relative, relative, null, null, category, row.get(1));
        }, Encoders.row(Schemas.INPUT));
    }

    /** The root as Spark will spell the files under it ("file:/data/corpus"), so ids are paths below it. */
    private static String qualifiedRoot(SparkSession spark, String input) {
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            String root = fs.makeQualified(path).toString();
            return root.endsWith("/") ? root : root + "/";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + input, e);
        }
    }

    static String relative(String root, String path) {
        if (path.startsWith(root)) return path.substring(root.length());
        // "file:///x" and "file:/x" name the same file: compare the paths alone.
        String rootPath = new org.apache.hadoop.fs.Path(root).toUri().getPath() + "/";
        String filePath = new org.apache.hadoop.fs.Path(path).toUri().getPath();
        return filePath.startsWith(rootPath) ? filePath.substring(rootPath.length()) : filePath;
    }

    /** JSONL or Parquet with id and text; url, date and category when the table has them. */
    private static Dataset<Row> table(SparkSession spark, String input) {
        boolean parquet = input.toLowerCase(Locale.ROOT).endsWith(".parquet");
        Dataset<Row> table = parquet ? spark.read().parquet(input) : spark.read().json(input);
        for (String required : new String[] {"id", "text"}) {
            if (!Arrays.asList(table.columns()).contains(required)) {
                throw new IllegalArgumentException(input + ": the table has no '" + required + "' column");
            }
        }
        Dataset<Row> shaped = table.select(col("id").cast("string"), col("id").cast("string").as("name"),
                optional(table, "url"), optional(table, "date"), optional(table, "category"), col("text"));
        return shaped.map((MapFunction<Row, Row>) row -> RowFactory.create(row.get(0), row.get(1), row.get(2),
                row.get(3), row.get(4), row.isNullAt(5) ? new byte[0] : row.getString(5).getBytes(StandardCharsets.UTF_8)), Encoders.row(Schemas.INPUT));
    }

    private static Column optional(Dataset<Row> table, String name) {
        return Arrays.asList(table.columns()).contains(name)
                ? col(name).cast("string").as(name)
                : lit(null).cast("string").as(name);
    }
}
