package checkpolicy.facts;

import java.util.List;

/**
 * A rule's conclusion about one requirement. Rules insert these; when several fire for the
 * same requirement the best-supported status wins (see {@code rules.FindingSettler}).
 */
public record Finding(String requirement, Status status, String reason, List<Span> evidence) {

    public Finding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static Finding of(String requirement, Status status, String reason, Span... evidence) {
        return new Finding(requirement, status, reason, List.of(evidence));
    }
}
