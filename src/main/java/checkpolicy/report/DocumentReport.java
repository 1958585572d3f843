package checkpolicy.report;

import checkpolicy.facts.Disclosure;
import checkpolicy.facts.Value;
import java.util.List;

/** Everything checked about one policy file: its facts and a result per rule set. */
public record DocumentReport(String path, String sha256, String format, String archivedOn,
                             List<Disclosure> facts, List<Value> values, List<RuleSetResult> results) {

    public DocumentReport {
        facts = List.copyOf(facts);
        values = List.copyOf(values);
        results = List.copyOf(results);
    }
}
