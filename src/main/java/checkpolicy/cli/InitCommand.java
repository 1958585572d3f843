package checkpolicy.cli;

import checkpolicy.gate.GateConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a commented " + GateConfig.FILE_NAME + " with the gate's defaults.")
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "Overwrites an existing " + GateConfig.FILE_NAME + ".")
    boolean force;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".",
            description = "Writes the file into DIR (default: the working directory).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Path target = dir.resolve(GateConfig.FILE_NAME);
        if (Files.exists(target) && !force) {
            throw new UsageException(target + " already exists (use --force to overwrite)");
        }
        if (!Files.isDirectory(dir)) throw new UsageException(dir + ": no such folder");
        try (InputStream in = InitCommand.class.getResourceAsStream("/checkpolicy/cli/checkpolicy.yaml")) {
            if (in == null) throw new IllegalStateException("the config template is missing from the jar");
            Files.write(target, in.readAllBytes());
        }
        spec.commandLine().getErr().println("checkpolicy: wrote " + target);
        return ExitCode.OK.code();
    }
}
