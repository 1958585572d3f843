package checkpolicy.facts;

/**
 * Whether a condition a requirement depends on holds ({@code children=yes}), and who settled it.
 *
 * @param reason why it holds: the user's flag, or the passage it was inferred from
 */
public record Applicability(String key, boolean holds, Source source, String reason, Span evidence) {

    public enum Source { USER, INFERRED, DEFAULT }
}
