package checkpolicy.extract;

import checkpolicy.facts.Disclosure;
import checkpolicy.facts.Value;
import java.util.List;

/** What extraction found in one document, in document order. */
public record Extraction(List<Disclosure> disclosures, List<Value> values) {

    public Extraction {
        disclosures = List.copyOf(disclosures);
        values = List.copyOf(values);
    }
}
