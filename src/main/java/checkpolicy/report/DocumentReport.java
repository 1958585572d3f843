package checkpolicy.report;

import checkpolicy.facts.Disclosure;
import checkpolicy.facts.Value;
import java.util.List;

/**
 * Everything checked about one policy file: its facts and a result per rule set.
 *
 * @param facts what the lexicon read, the facts the rules judged
 * @param context passages read from context as going on about a topic stated nearby; shown
 *                beside the facts, never judged (see {@code extract.Extraction})
 */
public record DocumentReport(String path, String sha256, String format, String archivedOn,
                             List<Disclosure> facts, List<Disclosure> context, List<Value> values,
                             List<RuleSetResult> results) {

    public DocumentReport {
        facts = List.copyOf(facts);
        context = List.copyOf(context);
        values = List.copyOf(values);
        results = List.copyOf(results);
    }
}
