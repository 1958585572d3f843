package checkpolicy.rules;

import checkpolicy.facts.Applicability;
import checkpolicy.facts.Disclosure;
import checkpolicy.facts.Span;
import checkpolicy.facts.Topic;
import checkpolicy.facts.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Gathers the evidence spans of facts, for DRL consequences: {@code Evidence.of($officer, $email)}. */
public final class Evidence {

    private Evidence() {}

    public static List<Span> of(Object... facts) {
        List<Span> spans = new ArrayList<>();
        for (Object f : facts) add(f, spans);
        return spans;
    }

    private static void add(Object f, List<Span> spans) {
        if (f instanceof Span s) spans.add(s);
        else if (f instanceof Disclosure d) spans.add(d.evidence());
        else if (f instanceof Value v) spans.add(v.evidence());
        else if (f instanceof Topic t) spans.addAll(t.affirmed() > 0 ? t.affirmedEvidence() : t.deniedEvidence());
        else if (f instanceof Applicability a && a.evidence() != null) spans.add(a.evidence());
        else if (f instanceof Collection<?> c) c.forEach(x -> add(x, spans));
    }
}
