package checkpolicy.rules;

/**
 * A question a requirement's applicability depends on, with what to assume when neither the
 * user nor the policy text settles it.
 */
public record Condition(String key, String question, boolean assumed) {}
