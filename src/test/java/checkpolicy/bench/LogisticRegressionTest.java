package checkpolicy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.extract.EvidenceModel;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    /** "retain" marks quotable passages, "cookie" passing ones; "the" is everywhere and says nothing. */
    private static List<EvidenceTrainer.Example> examples() {
        List<EvidenceTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean quotable = i % 3 != 0;
            Set<String> f = new TreeSet<>(Set.of("w:the", quotable ? "w:retain" : "w:cookie", "n:" + i % 4));
            out.add(new EvidenceTrainer.Example("d" + i, "retention", f, quotable));
        }
        return out;
    }

    @Test
    void learnsWhichWordsMarkAQuotablePassage() {
        var w = LogisticRegression.fit(examples(), 300, 2.0, 1.0, 2, 0.0);
        assertTrue(w.get("w:retain") > 0.5, w.toString());
        assertTrue(w.get("w:cookie") < -0.5, w.toString());
        EvidenceModel m = new EvidenceModel(0.5, java.util.Map.of("retention", w));
        assertTrue(m.probability("retention", new TreeSet<>(Set.of("w:the", "w:retain"))) > 0.8);
        assertTrue(m.probability("retention", new TreeSet<>(Set.of("w:the", "w:cookie"))) < 0.2);
    }

    @Test
    void leavesOutRareFeaturesAndTrainsTheSameTwice() throws Exception {
        var w = LogisticRegression.fit(examples(), 300, 2.0, 1.0, 11, 0.0);
        assertTrue(!w.containsKey("n:0"), "n:0 is seen in 10 examples, under the minimum of 11");
        StringWriter a = new StringWriter(), b = new StringWriter();
        new EvidenceModel(0.5, java.util.Map.of("retention", w)).write(a);
        new EvidenceModel(0.5, java.util.Map.of("retention", LogisticRegression.fit(examples(), 300, 2.0, 1.0, 11, 0.0))).write(b);
        assertEquals(a.toString(), b.toString());
    }
}
