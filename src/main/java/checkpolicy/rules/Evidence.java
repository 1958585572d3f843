package checkpolicy.rules;

import checkpolicy.facts.Applicability;
import checkpolicy.facts.Disclosure;
import checkpolicy.facts.Span;
import checkpolicy.facts.Topic;
import checkpolicy.facts.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Gathers the evidence spans of facts, for DRL consequences: {@code Evidence.of($officer, $email)}.
 * Each fact's first span leads, the rest of a topic's passages follow: a report keeps only a few
 * spans of a finding, and those must show every fact the verdict rests on.
 */
public final class Evidence {

    private Evidence() {}

    public static List<Span> of(Object... facts) {
        List<Span> leads = new ArrayList<>();
        List<Span> rest = new ArrayList<>();
        for (Object f : facts) {
            List<Span> spans = new ArrayList<>();
            add(f, spans);
            if (spans.isEmpty()) continue;
            leads.add(spans.get(0));
            rest.addAll(spans.subList(1, spans.size()));
        }
        leads.addAll(rest);
        return leads;
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
