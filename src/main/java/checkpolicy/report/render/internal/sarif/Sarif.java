package checkpolicy.report.render.internal.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The part of SARIF 2.1.0 checkpolicy writes, as records in the specification's field order.
 * Null fields are left out; empty lists stay, because SARIF gives "results": [] a meaning
 * (ran, found nothing) that a missing field does not have.
 */
public final class Sarif {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";

    private Sarif() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Run(Tool tool, List<Invocation> invocations, String columnKind, List<Result> results,
                      Map<String, Object> properties) {}

    public record Tool(Driver driver) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Driver(String name, String version, String informationUri, List<Rule> rules) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rule(String id, String name, Message shortDescription, Message fullDescription, Help help,
                       String helpUri, Configuration defaultConfiguration, Map<String, Object> properties) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Help(String text, String markdown) {}

    public record Configuration(String level) {}

    public record Message(String text) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String ruleId, int ruleIndex, String level, Message message, List<Location> locations,
                         Map<String, String> partialFingerprints, String baselineState, List<Suppression> suppressions,
                         Map<String, Object> properties) {}

    public record Location(PhysicalLocation physicalLocation) {}

    public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArtifactLocation(String uri, String uriBaseId) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Region(int startLine, Integer startColumn, Integer endLine, Integer endColumn, Message snippet) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Suppression(String kind, String status, String justification) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Invocation(boolean executionSuccessful, List<Notification> toolExecutionNotifications) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Notification(String level, Message message, List<Location> locations) {}
}
