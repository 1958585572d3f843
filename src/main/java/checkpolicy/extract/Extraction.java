package checkpolicy.extract;

import checkpolicy.facts.Disclosure;
import checkpolicy.facts.Value;
import java.util.List;

/**
 * What extraction found in one document, in document order.
 *
 * @param disclosures what the lexicon read and the evidence model judged quotable: the passages a
 *                    report quotes and rules count
 * @param values the values stated
 * @param context passages the evidence model reads as going on about a topic stated nearby, which
 *                no phrase of the topic matched ({@link TopicContext}): they show where the document
 *                discusses the topic, but rules never see them, so no verdict rests on a model's guess
 * @param passing what the lexicon read but the evidence model judged a mention in passing. Rules
 *                still see these passages, so that a rule joining two topics in one sentence finds
 *                the same sentence whatever the model: selection changes what is quoted, not verdicts
 */
public record Extraction(List<Disclosure> disclosures, List<Value> values, List<Disclosure> context,
                         List<Disclosure> passing) {

    public Extraction {
        disclosures = List.copyOf(disclosures);
        values = List.copyOf(values);
        context = List.copyOf(context);
        passing = List.copyOf(passing);
    }

    public Extraction(List<Disclosure> disclosures, List<Value> values, List<Disclosure> context) {
        this(disclosures, values, context, List.of());
    }

    public Extraction(List<Disclosure> disclosures, List<Value> values) {
        this(disclosures, values, List.of());
    }
}
