package checkpolicy.cli;

import checkpolicy.Checker;
import checkpolicy.gate.GateConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** What to check against, shared by every command that checks policies; flags win over .checkpolicy.yaml. */
final class CheckOptions {

    static final String DEFAULT_RULESET = "dpdp-india";

    @Option(names = {"-r", "--ruleset"}, paramLabel = "ID|DIR",
            description = "Checks against this rule set: a bundled id or a folder holding ruleset.yaml; repeat for several (default: " + DEFAULT_RULESET + ").")
    List<String> ruleSets = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Judges the law as in force on DATE (YYYY-MM-DD); later requirements are reported NOT_IN_FORCE and left out of the score.")
    LocalDate asOf;

    @Option(names = "--assume", paramLabel = "KEY=yes|no",
            description = "Settles an applicability condition the policy does not, e.g. children=yes.")
    Map<String, String> assume = new LinkedHashMap<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Reads defaults from FILE instead of the nearest .checkpolicy.yaml in this folder or above.")
    Path config;

    @Option(names = "--no-config", description = "Ignores any .checkpolicy.yaml.")
    boolean noConfig;

    @Option(names = "--debug", description = "Prints stack traces with errors.")
    boolean debug;

    /** The working directory: where relative names start and where the config search begins. */
    static Path cwd() {
        return Path.of("").toAbsolutePath();
    }

    GateConfig loadConfig() {
        if (noConfig) return GateConfig.none();
        if (config != null) return GateConfig.load(config);
        return GateConfig.find(cwd()).map(GateConfig::load).orElse(GateConfig.none());
    }

    List<String> ruleSets(GateConfig cfg) {
        if (!ruleSets.isEmpty()) return ruleSets;
        return cfg.ruleSets().isEmpty() ? List.of(DEFAULT_RULESET) : cfg.ruleSets();
    }

    Checker.Options options(GateConfig cfg) {
        Map<String, Boolean> out = new LinkedHashMap<>(cfg.assume());
        assume.forEach((k, v) -> {
            String value = v.toLowerCase(Locale.ROOT);
            if (value.equals("yes") || value.equals("true")) out.put(k, true);
            else if (value.equals("no") || value.equals("false")) out.put(k, false);
            else throw new UsageException("--assume " + k + "=" + v + ": the value must be yes or no");
        });
        return new Checker.Options(out, asOf != null ? asOf : cfg.asOf());
    }
}
