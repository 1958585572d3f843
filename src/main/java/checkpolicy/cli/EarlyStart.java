package checkpolicy.cli;

import checkpolicy.Checker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/**
 * Starts reading the rule sets a check will need before picocli has built its model of the
 * command line, which takes a cold start ~0.1 s of one core; the reads use the other core
 * meanwhile ({@link Checker#prefetch}). It only reads the arguments as far as
 * {@code -r/--ruleset}; picocli still parses and validates them all. A wrong guess (a rule set
 * named in .checkpolicy.yaml, a run that ends in a usage error) costs only the daemon threads'
 * CPU, never a result.
 */
final class EarlyStart {

    private EarlyStart() {}

    static void begin(String[] args) {
        if (args.length > 0 && subcommandNames().contains(args[0])) return;
        Checker.prefetch(ruleSets(args));
    }

    /** The rule sets named by -r/--ruleset, in any of picocli's spellings; else the default. */
    static List<String> ruleSets(String[] args) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) break;
            if ((a.equals("-r") || a.equals("--ruleset")) && i + 1 < args.length) named.add(args[++i]);
            else if (a.startsWith("--ruleset=")) named.add(a.substring("--ruleset=".length()));
            else if (a.startsWith("-r") && !a.startsWith("--") && a.length() > 2) named.add(a.substring(2).replaceFirst("^=", ""));
        }
        return named.isEmpty() ? List.of(CheckOptions.DEFAULT_RULESET) : named;
    }

    private static Set<String> subcommandNames() {
        return Arrays.stream(CheckPolicyCommand.class.getAnnotation(Command.class).subcommands())
                .map(c -> c.getAnnotation(Command.class).name())
                .collect(Collectors.toSet());
    }
}
