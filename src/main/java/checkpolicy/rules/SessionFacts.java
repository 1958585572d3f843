package checkpolicy.rules;

import checkpolicy.facts.Applicability;
import checkpolicy.facts.Disclosure;
import checkpolicy.facts.OwnSites;
import checkpolicy.facts.Span;
import checkpolicy.facts.Topic;
import checkpolicy.facts.Value;
import checkpolicy.facts.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts one session starts from: every disclosure and value, a {@link Topic} summary per
 * topic spoken to in the body (headings left out) over the quoted passages, the business's own
 * sites ({@link OwnSites}), and the conditions the user settled. Passing mentions are disclosures
 * like any other, so a rule that joins topics in one sentence finds them; they are left out of the
 * summaries, which are what findings quote.
 */
public final class SessionFacts {

    private SessionFacts() {}

    /**
     * @param passing passages the evidence model judged mentions in passing ({@code Extraction#passing()})
     * @param pageAddress the address the policy was published at ({@code PolicyDocument#address}), or null
     */
    public static List<Object> of(List<Disclosure> disclosures, List<Disclosure> passing, List<Value> values,
                                  Map<String, Boolean> assumed, String pageAddress) {
        List<Object> facts = new ArrayList<>(disclosures.size() + passing.size() + values.size() + 64);
        facts.addAll(disclosures);
        facts.addAll(passing);
        facts.addAll(values);
        facts.addAll(topics(disclosures));
        facts.add(new OwnSites(values.stream().filter(SessionFacts::showsOwnSite).toList(),
                pageAddress == null ? null : Value.siteOf(pageAddress)));
        assumed.forEach((k, v) -> facts.add(new Applicability(k, v, Applicability.Source.USER,
                "given: --assume " + k + "=" + (v ? "yes" : "no"), null)));
        return facts;
    }

    /**
     * An address that shows which site is the business's: its e-mail addresses, neither a third
     * party's nor at free web-mail. Web addresses are no sign, not even in the sentence that says
     * what the policy covers: pages built on a common template cite the template maker's policy
     * there ("https://automattic.com/privacy/"), and credit designers and policy generators by site.
     */
    private static boolean showsOwnSite(Value v) {
        return v.kind() == ValueKind.EMAIL && !OthersPages.isTheirs(v) && !v.isWebmail();
    }

    static List<Topic> topics(List<Disclosure> disclosures) {
        Map<String, List<Span>[]> byTopic = new LinkedHashMap<>();
        for (Disclosure d : disclosures) {
            if (d.heading()) continue; // a heading names a topic; it is not a passage about it
            @SuppressWarnings("unchecked")
            List<Span>[] ev = byTopic.computeIfAbsent(d.topic(), k -> new List[] {new ArrayList<>(), new ArrayList<>()});
            ev[d.affirms() ? 0 : 1].add(d.evidence());
        }
        List<Topic> topics = new ArrayList<>();
        byTopic.forEach((id, ev) -> topics.add(new Topic(id, ev[0].size(), ev[1].size(), ev[0], ev[1])));
        return topics;
    }
}
