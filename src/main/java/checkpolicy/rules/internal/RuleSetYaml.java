package checkpolicy.rules.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The shape of {@code ruleset.yaml}, as Jackson reads it; unknown keys are refused. */
public record RuleSetYaml(String id, String title, String law, String jurisdiction, String version,
                          LocalDate inForce, List<String> references,
                          @JsonProperty("extends") List<String> extendsIds,
                          Map<String, ConditionYaml> conditions, List<RequirementYaml> requirements) {

    public record ConditionYaml(String question, @JsonProperty("default") Boolean assumed) {}

    public record RequirementYaml(String id, String title, String citation, String severity, Double weight,
                                  String category, String condition, LocalDate inForce, String satisfiedBy,
                                  String remediation, String sampleClause, List<String> references) {}
}
