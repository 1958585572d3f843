package checkpolicy.extract;

import checkpolicy.facts.Disclosure;
import checkpolicy.facts.Value;
import java.util.List;

/**
 * What extraction found in one document, in document order.
 *
 * @param disclosures what the lexicon read, the passages rules judge
 * @param context passages the evidence model reads as going on about a topic stated nearby, which
 *                no phrase of the topic matched ({@link TopicContext}): they show where the document
 *                discusses the topic, but rules never see them, so no verdict rests on a model's guess
 */
public record Extraction(List<Disclosure> disclosures, List<Value> values, List<Disclosure> context) {

    public Extraction {
        disclosures = List.copyOf(disclosures);
        values = List.copyOf(values);
        context = List.copyOf(context);
    }

    public Extraction(List<Disclosure> disclosures, List<Value> values) {
        this(disclosures, values, List.of());
    }
}
