package checkpolicy.extract;

import checkpolicy.facts.ValueKind;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which topic a value belongs to. A sentence can speak to several topics; a value takes
 * the one its kind most often serves (an e-mail address beside "Grievance Officer" is the
 * officer's, a "30 days" in a grievance passage is the grievance period), then the section's.
 */
final class ValueTopics {

    // An opt-out is the one channel that ranks below plain contact: "if you no longer wish to receive
    // our newsletter, e-mail info@…" gives the company's address, which rules on contact details need.
    private static final List<String> CHANNEL_TOPICS = List.of("contact.privacy-officer", "grievance",
            "contact.representative", "consent.withdrawal", "rights.exercise", "complaint.authority",
            "contact.channel", "choice.opt-out", "identity.controller");

    private final Map<ValueKind, List<String>> preferred = new EnumMap<>(ValueKind.class);

    ValueTopics() {
        for (ValueKind k : List.of(ValueKind.EMAIL, ValueKind.PHONE, ValueKind.POSTAL, ValueKind.URL, ValueKind.PERSON_OR_ROLE)) {
            preferred.put(k, CHANNEL_TOPICS);
        }
        // "grievance.response" (dpdp-india's lexicon) before "grievance": in "complaints raised within
        // three months will be answered within 30 days" the period that matters is the answer's
        preferred.put(ValueKind.DURATION, List.of("grievance.response", "grievance", "breach-notification", "retention.period", "retention",
                "rights.exercise", "erasure.notice"));
        preferred.put(ValueKind.AGE, List.of("children", "children.parental-consent"));
        preferred.put(ValueKind.DATE, List.of("policy.date", "policy.changes"));
        preferred.put(ValueKind.COUNTRY, List.of("transfer.cross-border", "transfer.destination", "identity.controller"));
        preferred.put(ValueKind.LANGUAGE, List.of("notice.languages"));
        preferred.put(ValueKind.DATA_ITEM, List.of("collection.data-items", "collection.sensitive", "collection.automatic",
                "rights.identifier"));
    }

    /**
     * @param sentenceTopics topics the sentence affirms, in lexicon order
     * @param context topics of its section heading and list lead-in
     */
    String choose(ValueKind kind, List<String> sentenceTopics, Collection<String> context) {
        List<String> wanted = preferred.getOrDefault(kind, List.of());
        if (kind == ValueKind.DURATION) {
            // A period belongs to what its own sentence is about: "some cookies may last one day"
            // under a complaints heading is no time to answer complaints. The section speaks for a
            // sentence that is about nothing else ("We aim to reply within 30 days").
            for (String t : wanted) if (sentenceTopics.contains(t)) return t;
            if (!sentenceTopics.isEmpty()) return sentenceTopics.get(0);
        }
        // The most specific topic wins, whether the sentence or its section names it: an address
        // in a sentence about "questions" under "Exercising your rights" is for rights requests.
        for (String t : wanted) if (sentenceTopics.contains(t) || context.contains(t)) return t;
        if (!sentenceTopics.isEmpty()) return sentenceTopics.get(0);
        return context.isEmpty() ? null : context.iterator().next();
    }
}
