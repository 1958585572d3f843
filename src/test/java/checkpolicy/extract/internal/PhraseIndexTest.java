package checkpolicy.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.extract.Lexicon;
import checkpolicy.extract.TopicLexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The phrase index finds what trying every pattern at every word finds. Its shortcuts (plans per
 * spelling, patterns grouped by their rarest word, per-thread arrays stamped per sentence instead
 * of cleared) may skip work, never a hit, and no sentence may see what the one before it left.
 */
class PhraseIndexTest {

    private record Found(String topic, PhrasePattern pattern, int from, int to) {}

    @Test
    void findsWhatTryingEveryPatternAtEveryWordFinds() throws IOException {
        List<TopicLexicon> topics = bundledTopics();
        PhraseIndex<String> index = new PhraseIndex<>();
        topics.forEach(t -> t.phrases().forEach(p -> index.add(p, t.topic())));
        List<List<Token>> sentences = seedLines();

        int hits = 0;
        for (List<Token> tokens : sentences) {
            Set<Found> expected = everyMatch(topics, tokens);
            List<PhraseIndex.Hit<String>> found = index.findAll(tokens);
            assertEquals(expected, distinct(found), () -> "in: " + text(tokens));
            for (int i = 1; i < found.size(); i++) {
                assertTrue(found.get(i - 1).from() <= found.get(i).from(), "hits come in order of their first word");
            }
            hits += found.size();
        }
        assertTrue(hits > 500, "the seeds hold many phrases: " + hits);
    }

    @Test
    void aSentenceSearchedAgainGivesTheSameHitsInTheSameOrder() throws IOException {
        PhraseIndex<String> index = new PhraseIndex<>();
        bundledTopics().forEach(t -> t.phrases().forEach(p -> index.add(p, t.topic())));
        List<List<Token>> sentences = seedLines();
        List<List<PhraseIndex.Hit<String>>> first = new ArrayList<>();
        for (List<Token> tokens : sentences) first.add(index.findAll(tokens));
        for (int i = sentences.size() - 1; i >= 0; i--) {
            assertEquals(first.get(i), index.findAll(sentences.get(i)), "searched again, backwards");
        }
    }

    private static Set<Found> everyMatch(List<TopicLexicon> topics, List<Token> tokens) {
        Set<Found> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (TopicLexicon t : topics) {
                for (PhrasePattern p : t.phrases()) {
                    if (!p.first().accepts(tokens.get(i))) continue;
                    int end = p.matchAt(tokens, i);
                    if (end >= 0) out.add(new Found(t.topic(), p, i, end));
                }
            }
        }
        return out;
    }

    private static Set<Found> distinct(List<PhraseIndex.Hit<String>> hits) {
        Set<Found> out = new LinkedHashSet<>();
        hits.forEach(h -> out.add(new Found(h.payload(), h.pattern(), h.from(), h.to())));
        return out;
    }

    private static List<TopicLexicon> bundledTopics() {
        Lexicon lexicon = Lexicon.load(List.of(
                source(Path.of("rulesets/lexicon.yaml")), source(Path.of("rulesets/dpdp-india/lexicon.yaml"))));
        return new ArrayList<>(lexicon.topics());
    }

    private static Lexicon.Source source(Path path) {
        return new Lexicon.Source(path.toString(), () -> Files.newInputStream(path));
    }

    /** Every line of the seed policies, as words: the phrases' own domain, thousands of sentences. */
    private static List<List<Token>> seedLines() throws IOException {
        Tokenizer tokenizer = new Tokenizer();
        List<List<Token>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("fixtures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int from = 0;
                while (from < text.length()) {
                    int to = text.indexOf('\n', from);
                    if (to < 0) to = text.length();
                    List<Token> tokens = tokenizer.tokenize(text, from, to);
                    if (!tokens.isEmpty()) out.add(tokens);
                    from = to + 1;
                }
            }
        }
        return out;
    }

    private static String text(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::original).toList());
    }
}
