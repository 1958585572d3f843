package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five seed policies in fixtures/, and what fixtures/expected.yaml says a reader finds in them. */
class FixtureScanTest {

    private static final Path FIXTURES = Path.of("fixtures");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertEquals(5, texts.size(), "five seed policies expected in " + FIXTURES.toAbsolutePath());
            return texts.stream();
        }
    }

    private static List<ValueMatch> scan(String fixturePrefix) throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(fixturePrefix)).findFirst().orElseThrow();
            return Scans.all(Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    private static List<String> normalized(List<ValueMatch> matches, ValueKind kind) {
        return matches.stream().filter(m -> m.kind() == kind).map(ValueMatch::normalized).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void offsetsHoldAndNoFixtureHasAPhoneNumber(Path file) throws IOException {
        List<ValueMatch> matches = Scans.all(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(), normalized(matches, ValueKind.PHONE), "these policies give no phone number");
        assertEquals(List.of(), normalized(matches, ValueKind.POSTAL), "these policies give no postal address");
    }

    @Test
    void contetraGivesItsEmail() throws IOException {
        assertEquals(List.of("info@contetra.com"), normalized(scan("003_"), ValueKind.EMAIL));
    }

    @Test
    void careerMitra2013SetsAnAgeOf13AndListsItsDataItems() throws IOException {
        List<ValueMatch> matches = scan("000_");
        assertEquals(List.of("13"), normalized(matches, ValueKind.AGE));
        assertTrue(normalized(matches, ValueKind.DATA_ITEM).containsAll(List.of("name", "age", "email address", "phone number")),
                () -> "data items: " + normalized(matches, ValueKind.DATA_ITEM));
        assertEquals(List.of(), normalized(matches, ValueKind.DURATION), "'above 13 Years' is an age, not a period");
    }

    @Test
    void careerMitra2019ListsItsFormFields() throws IOException {
        assertTrue(normalized(scan("001_"), ValueKind.DATA_ITEM)
                .containsAll(List.of("name", "email address", "phone number", "city", "postal address")));
    }

    @Test
    void mailMarketerNamesItsDomainAndLogData() throws IOException {
        List<ValueMatch> matches = scan("004_");
        assertTrue(normalized(matches, ValueKind.URL).contains("https://mailmarketer.in"));
        assertTrue(normalized(matches, ValueKind.DATA_ITEM)
                .containsAll(List.of("ip address", "browser type", "browsing history", "credit card details")));
    }

    @Test
    void noFixtureNamesAnOfficer() throws IOException {
        for (Path file : fixtures().toList()) {
            assertEquals(List.of(), normalized(Scans.all(Files.readString(file)), ValueKind.PERSON_OR_ROLE), file.toString());
        }
    }
}
