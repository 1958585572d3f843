package checkpolicy.facts;

import java.util.List;

/**
 * Everything the policy says about one topic, gathered from its {@link Disclosure}s so that a
 * rule can ask "does the policy speak to this?" once instead of once per passage.
 */
public record Topic(String id, int affirmed, int denied, List<Span> affirmedEvidence, List<Span> deniedEvidence) {

    // No boolean accessors such as isAffirmed(): Drools would read "affirmed" in a rule as that
    // boolean instead of the count, and "affirmed > 0" would no longer compile.

    public Topic {
        affirmedEvidence = List.copyOf(affirmedEvidence);
        deniedEvidence = List.copyOf(deniedEvidence);
    }
}
