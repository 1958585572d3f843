package checkpolicy.facts;

import java.util.Locale;

/** How binding a requirement is, in the catalogue's words. */
public enum Severity {
    REQUIRED, REQUIRED_IF_APPLICABLE, RECOMMENDED;

    /** The catalogue's spelling: {@code required-if-applicable}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Severity fromLabel(String label) {
        for (Severity s : values()) {
            if (s.label().equals(label)) return s;
        }
        throw new IllegalArgumentException("unknown severity '" + label + "' (expected required, required-if-applicable or recommended)");
    }
}
