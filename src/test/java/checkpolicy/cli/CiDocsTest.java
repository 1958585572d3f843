package checkpolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/ci.md's GitHub Actions workflow and GitLab job: valid YAML of the right shape, shown
 * verbatim in the page, and every checkpolicy command in them a command line checkpolicy accepts.
 */
class CiDocsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path GITHUB = Path.of("docs/ci/github-actions.yml");
    private static final Path GITLAB = Path.of("docs/ci/gitlab-ci.yml");

    @Test
    void theGithubWorkflowUploadsTheSarifItWrites() throws Exception {
        JsonNode wf = YAML.readTree(GITHUB.toFile());
        assertTrue(wf.has("on") && wf.path("on").has("pull_request"), wf.toString());
        assertEquals("write", wf.path("permissions").path("security-events").asText());
        JsonNode steps = wf.path("jobs").path("checkpolicy").path("steps");
        assertTrue(steps.size() > 3);
        String sarifFile = null;
        for (JsonNode step : steps) {
            assertTrue(step.has("uses") ^ step.has("run"), "a step either uses an action or runs commands: " + step);
            if (step.path("uses").asText().startsWith("github/codeql-action/upload-sarif@")) sarifFile = step.path("with").path("sarif_file").asText();
        }
        assertEquals("checkpolicy.sarif", sarifFile);
        List<String[]> commands = commands(GITHUB);
        assertTrue(commands.stream().anyMatch(c -> String.join(" ", c).contains("--format sarif --output checkpolicy.sarif")));
        commands.forEach(CiDocsTest::assertParses);
    }

    @Test
    void theGitlabJobReportsTheJunitItWrites() throws Exception {
        JsonNode job = YAML.readTree(GITLAB.toFile()).path("checkpolicy");
        assertTrue(job.path("script").isArray(), job.toString());
        assertEquals("checkpolicy-junit.xml", job.path("artifacts").path("reports").path("junit").asText());
        List<String[]> commands = commands(GITLAB);
        assertTrue(commands.stream().anyMatch(c -> String.join(" ", c).contains("--format junit --output checkpolicy-junit.xml")));
        commands.forEach(CiDocsTest::assertParses);
    }

    @Test
    void thePageShowsBothFilesAsTheyAre() throws Exception {
        String page = Files.readString(Path.of("docs/ci.md"));
        assertTrue(page.contains(Files.readString(GITHUB).strip()), "docs/ci.md differs from " + GITHUB);
        assertTrue(page.contains(Files.readString(GITLAB).strip()), "docs/ci.md differs from " + GITLAB);
    }

    /** The arguments after "checkpolicy.jar" on every line that runs it, up to a shell operator. */
    private static List<String[]> commands(Path file) throws Exception {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            int jar = line.indexOf("checkpolicy.jar\"");
            int skip = jar >= 0 ? "checkpolicy.jar\"".length() : "checkpolicy.jar".length();
            if (jar < 0) jar = line.indexOf("checkpolicy.jar ");
            if (jar < 0 || !line.contains("java -jar")) continue;
            String args = line.substring(jar + skip).split("\\|\\||&&|>>|;")[0].trim();
            out.add(args.isEmpty() ? new String[0] : args.split("\\s+"));
        }
        assertTrue(!out.isEmpty(), "no checkpolicy command in " + file);
        return out;
    }

    private static void assertParses(String[] args) {
        CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        try {
            cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new AssertionError("not a checkpolicy command line: " + Arrays.toString(args) + ": " + e.getMessage(), e);
        }
    }
}
