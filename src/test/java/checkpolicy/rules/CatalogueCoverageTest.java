package checkpolicy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.facts.Requirement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every requirement id of the catalogue is defined by exactly one bundled rule set (inherited
 * copies through extends do not count), for each law family (id prefix) the bundled rule sets
 * cover; and no rule set defines an id the catalogue does not have.
 */
class CatalogueCoverageTest {

    private static final Path CATALOGUE = Path.of("../shared/requirements/catalogue.md");
    private static final Pattern ROW_ID = Pattern.compile("(?m)^\\| ([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+) \\|");

    @Test
    void everyCatalogueIdIsInExactlyOneRuleSet() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(CATALOGUE), "catalogue not present");
        Set<String> catalogue = new TreeSet<>();
        Matcher m = ROW_ID.matcher(Files.readString(CATALOGUE));
        while (m.find()) catalogue.add(m.group(1));

        RuleSetLoader loader = new RuleSetLoader();
        TreeMap<String, Set<String>> definedBy = new TreeMap<>();
        for (String id : BundledRuleSets.onClasspath().ids()) {
            RuleSet rs = loader.load(id);
            Set<String> inherited = new TreeSet<>();
            for (String parent : rs.extendsIds()) loader.load(parent).requirements().forEach(r -> inherited.add(r.id()));
            for (Requirement r : rs.requirements()) {
                if (!inherited.contains(r.id())) definedBy.computeIfAbsent(r.id(), k -> new TreeSet<>()).add(id);
            }
        }
        Set<String> families = new TreeSet<>();
        definedBy.keySet().forEach(id -> families.add(id.substring(0, id.indexOf('-'))));

        for (String id : catalogue) {
            if (!families.contains(id.substring(0, id.indexOf('-')))) continue; // a law no bundled rule set covers yet
            assertEquals(1, definedBy.getOrDefault(id, Set.of()).size(), id + " is defined by " + definedBy.get(id));
        }
        for (String id : definedBy.keySet()) {
            assertTrue(catalogue.contains(id), id + " (" + definedBy.get(id) + ") is not in the catalogue");
        }
    }
}
