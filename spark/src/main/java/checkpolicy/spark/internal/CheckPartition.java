package checkpolicy.spark.internal;

import checkpolicy.Checker;
import checkpolicy.facts.Status;
import checkpolicy.ingest.IngestException;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.RuleSetResult;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Checks the policies of one partition with this JVM's one Checker: rows of {@link Schemas#INPUT}
 * in, rows of {@link Schemas#POLICY} out. Reads bytes as the CLI reads a file (same reader, same
 * encoding detection, format from the name's extension) and judges with the CLI's defaults.
 */
public final class CheckPartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<RuleSetDefinitions> ruleSets;
    private final String asOf;

    public CheckPartition(Broadcast<RuleSetDefinitions> ruleSets, LocalDate asOf) {
        this.ruleSets = ruleSets;
        this.asOf = asOf == null ? null : asOf.toString();
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        Checker checker = ruleSets.value().checker();
        Checker.Options options = new Checker.Options(Map.of(), asOf == null ? null : LocalDate.parse(asOf));
        PolicyReader reader = new PolicyReader();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                return check(input.next(), checker, options, reader);
            }
        };
    }

    static Row check(Row in, Checker checker, Checker.Options options, PolicyReader reader) {
        String id = in.getString(0);
        String url = in.getString(2);
        String day = PolicyMetadata.day(in.getString(3));
        String category = in.isNullAt(4) ? "unknown" : in.getString(4);
        PolicyDocument document;
        try {
            document = reader.read(in.getString(1), (byte[]) in.get(5));
        } catch (IngestException e) {
            return RowFactory.create(id, url, day, PolicyMetadata.year(day), category, null, null, null,
                    e.getMessage(), new Row[0]);
        }
        // A policy the core cannot handle is one bad row, not a failed job over a million policies.
        DocumentReport report;
        try {
            report = checker.check(document, options);
        } catch (RuntimeException e) {
            return RowFactory.create(id, url, day, PolicyMetadata.year(day), category, document.sha256(),
                    document.format(), document.archivedOn().orElse(null), "internal error: " + e, new Row[0]);
        }
        if (url == null) url = PolicyMetadata.urlFrom(document.text());
        if (day == null) day = PolicyMetadata.day(report.archivedOn());
        // Arrays, not Lists: the Row encoder takes a Scala Seq or a Java array for an array column.
        Row[] results = report.results().stream().map(CheckPartition::result).toArray(Row[]::new);
        return RowFactory.create(id, url, day, PolicyMetadata.year(day), category, report.sha256(), report.format(),
                report.archivedOn(), null, results);
    }

    private static Row result(RuleSetResult r) {
        Row[] findings = r.assessments().stream().map(CheckPartition::finding).toArray(Row[]::new);
        return RowFactory.create(r.ruleset(), r.version(), r.asOf() == null ? null : r.asOf().toString(),
                r.score(), r.grade(), findings);
    }

    private static Row finding(Assessment a) {
        Status status = a.finding().status();
        return RowFactory.create(a.requirement().id(), status.name());
    }
}
