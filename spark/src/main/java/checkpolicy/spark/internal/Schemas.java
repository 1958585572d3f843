package checkpolicy.spark.internal;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The tables the job passes along and writes, in one place so reader, checker and writer agree. */
public final class Schemas {

    private Schemas() {}

    /** One policy to check, whatever the input layout: {@code name} is what the reader sees as its path. */
    public static final StructType INPUT = new StructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("name", DataTypes.StringType, false),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("date", DataTypes.StringType, true),
            DataTypes.createStructField("category", DataTypes.StringType, true),
            DataTypes.createStructField("content", DataTypes.BinaryType, false),
    });

    public static final StructType FINDING = new StructType(new StructField[] {
            DataTypes.createStructField("requirement", DataTypes.StringType, false),
            DataTypes.createStructField("status", DataTypes.StringType, false),
    });

    public static final StructType RESULT = new StructType(new StructField[] {
            DataTypes.createStructField("ruleset", DataTypes.StringType, false),
            DataTypes.createStructField("version", DataTypes.StringType, true),
            DataTypes.createStructField("as_of", DataTypes.StringType, true),
            DataTypes.createStructField("score", DataTypes.DoubleType, true),
            DataTypes.createStructField("grade", DataTypes.StringType, true),
            DataTypes.createStructField("findings", DataTypes.createArrayType(FINDING, false), false),
    });

    /** One checked policy: what the CLI's JSON report says of it, less the facts, plus where it came from. */
    public static final StructType POLICY = new StructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("date", DataTypes.StringType, true),
            DataTypes.createStructField("year", DataTypes.IntegerType, true),
            DataTypes.createStructField("category", DataTypes.StringType, false),
            DataTypes.createStructField("sha256", DataTypes.StringType, true),
            DataTypes.createStructField("format", DataTypes.StringType, true),
            DataTypes.createStructField("archived_on", DataTypes.StringType, true),
            DataTypes.createStructField("error", DataTypes.StringType, true),
            DataTypes.createStructField("results", DataTypes.createArrayType(RESULT, false), false),
    });
}
