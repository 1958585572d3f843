package checkpolicy.gate;

import java.time.LocalDate;

/**
 * A gap accepted on purpose, with the reason. Matches a requirement, optionally only in files
 * matching {@code pathGlob} and only the finding with {@code fingerprint}.
 *
 * @param pathGlob a glob relative to the config file's folder, or null for every file
 * @param fingerprint one finding's fingerprint, or null for any finding on the requirement
 * @param expires the last day it holds, or null; after it the waiver fails the gate
 * @param source where it was declared ({@code .checkpolicy.yaml} or {@code policy.md:12})
 * @param inline whether it sits in the policy file itself
 */
public record Waiver(String requirement, String pathGlob, String fingerprint, String reason, LocalDate expires,
                     String source, boolean inline) {

    public Waiver {
        if (requirement == null || requirement.isBlank()) throw new GateException(source + ": a waiver needs a requirement id");
        if (reason == null || reason.isBlank()) {
            throw new GateException(source + ": the waiver for " + requirement + " needs a reason");
        }
    }

    public boolean expired(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }
}
