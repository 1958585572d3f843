package checkpolicy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.Checker;
import checkpolicy.facts.Disclosure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceTrainerTest {

    private static final Checker CHECKER = Checker.forRuleSets(List.of("dpdp-india"));

    @Test
    void drawsExamplesOnlyForTopicsTheCorpusHasALabelFor(@TempDir Path dir) throws IOException {
        Path policy = dir.resolve("p.txt");
        Files.writeString(policy, """
                Contact us

                You can reach us by email at privacy@example.com with any question about this policy.

                You may opt out of our marketing emails at any time by clicking the unsubscribe link.
                """);
        BenchCorpus corpus = new BenchCorpus("tiny", Map.of("p", policy), List.of(),
                Map.of("p", List.of(new BenchCorpus.Segment(1, 5, Set.of("Contact")))),
                Map.of("Contact", List.of("contact.channel")));
        EvidenceTrainer trainer = new EvidenceTrainer(CHECKER);
        EvidenceTrainer.Reading reading = trainer.read(List.of(corpus)).get(0);
        Set<String> read = new TreeSet<>(reading.extraction().disclosures().stream().map(Disclosure::topic).toList());
        assertTrue(read.containsAll(Set.of("contact.channel", "choice.opt-out")), "the lexicon reads both topics: " + read);

        List<EvidenceTrainer.Example> examples = EvidenceTrainer.examples(reading);

        // the opt-out sits in the labelled segment but the corpus has no label for opt-outs: it is no negative example
        assertEquals(Set.of("contact.channel"), new TreeSet<>(examples.stream().map(EvidenceTrainer.Example::topic).toList()));
        assertTrue(examples.stream().allMatch(EvidenceTrainer.Example::quotable));
    }
}
