package checkpolicy.facts;

import java.util.List;

/**
 * Everything the policy says about one topic, gathered from its {@link Disclosure}s so that a
 * rule can ask "does the policy speak to this?" once instead of once per passage.
 */
public record Topic(String id, int affirmed, int denied, List<Span> affirmedEvidence, List<Span> deniedEvidence) {

    public Topic {
        affirmedEvidence = List.copyOf(affirmedEvidence);
        deniedEvidence = List.copyOf(deniedEvidence);
    }

    public boolean isAffirmed() {
        return affirmed > 0;
    }

    public boolean isDenied() {
        return denied > 0 && affirmed == 0;
    }
}
