package checkpolicy.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import checkpolicy.facts.Status;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Share of policies meeting each requirement, by year and by site category. A requirement that
 * is NOT_APPLICABLE or NOT_IN_FORCE for a policy counts in {@code policies} but not in
 * {@code applicable}, as it counts nowhere in the score; {@code share_met} is met / applicable.
 */
public final class Aggregates {

    private Aggregates() {}

    /** One row per policy, rule set and requirement: id, year, category, ruleset, requirement, status. */
    public static Dataset<Row> findings(Dataset<Row> policies) {
        return policies.filter(col("error").isNull())
                .select(col("id"), col("year"), col("category"), explode(col("results")).as("r"))
                .select(col("id"), col("year"), col("category"), col("r.ruleset").as("ruleset"),
                        explode(col("r.findings")).as("f"))
                .select(col("id"), col("year"), col("category"), col("ruleset"),
                        col("f.requirement").as("requirement"), col("f.status").as("status"));
    }

    public static Dataset<Row> byYear(Dataset<Row> policies) {
        return shares(findings(policies), "year");
    }

    public static Dataset<Row> byCategory(Dataset<Row> policies) {
        return shares(findings(policies), "category");
    }

    private static Dataset<Row> shares(Dataset<Row> findings, String by) {
        Column applicable = col("status").isin(Status.MET.name(), Status.PARTIAL.name(), Status.MISSING.name());
        return findings.groupBy(col("ruleset"), col("requirement"), col(by))
                .agg(count(lit(1)).as("policies"),
                        sum(when(applicable, 1).otherwise(0)).as("applicable"),
                        sum(when(col("status").equalTo(Status.MET.name()), 1).otherwise(0)).as("met"),
                        sum(when(col("status").equalTo(Status.PARTIAL.name()), 1).otherwise(0)).as("partial"),
                        sum(when(col("status").equalTo(Status.MISSING.name()), 1).otherwise(0)).as("missing"))
                .withColumn("share_met", when(col("applicable").gt(0),
                        col("met").cast("double").divide(col("applicable").cast("double"))))
                .orderBy(col("ruleset"), col("requirement"), col(by).asc_nulls_last());
    }
}
