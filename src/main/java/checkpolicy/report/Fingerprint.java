package checkpolicy.report;

import checkpolicy.facts.Span;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A finding's identity from its content, not its position: the requirement id and its evidence
 * quotes normalised (case, spacing and punctuation ignored), or the id and "missing" when there is
 * no evidence. Moving a paragraph, re-wrapping lines or fixing a comma keeps the fingerprint;
 * changing what the evidence says gives a new one.
 */
public final class Fingerprint {

    /** Names the fingerprint scheme in SARIF partialFingerprints; bump it if the recipe changes. */
    public static final String SCHEME = "checkpolicy/v1";

    private Fingerprint() {}

    public static String of(Assessment a) {
        return of(a.requirement().id(), a.finding().evidence());
    }

    public static String of(String requirementId, List<Span> evidence) {
        String content = evidence.isEmpty() ? "missing"
                : evidence.stream().map(s -> normalise(s.quote())).sorted().distinct().collect(Collectors.joining("\n"));
        return sha256(requirementId + "\n" + content).substring(0, 16);
    }

    /** Lower case, letters and digits only, single spaces. */
    public static String normalise(String quote) {
        return quote.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
