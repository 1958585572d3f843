package checkpolicy.rules;

import checkpolicy.facts.Requirement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded rule set: what {@code ruleset.yaml} says, with the requirements and DRL of the rule
 * sets it extends folded in.
 *
 * @param origin where it came from, for messages: "bundled" or the folder the user named
 * @param drl the rule files, each as (file name for messages, content)
 * @param lexicons extra lexicon files of this rule set and those it extends
 */
public record RuleSet(String id, String title, String law, String jurisdiction, String version, LocalDate inForce,
                      List<String> references, Map<String, Condition> conditions, List<Requirement> requirements,
                      List<String> extendsIds, String origin, List<SourceFile> drl, List<SourceFile> lexicons) {

    public RuleSet {
        references = List.copyOf(references);
        conditions = Map.copyOf(conditions);
        requirements = List.copyOf(requirements);
        extendsIds = List.copyOf(extendsIds);
        drl = List.copyOf(drl);
        lexicons = List.copyOf(lexicons);
    }

    /** A text file of a rule set. */
    public record SourceFile(String name, String content) {}

    public Optional<Requirement> requirement(String requirementId) {
        return requirements.stream().filter(r -> r.id().equals(requirementId)).findFirst();
    }
}
