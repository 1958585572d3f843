package checkpolicy.report.render.internal.html;

import checkpolicy.facts.Disclosure;
import checkpolicy.facts.Modality;
import checkpolicy.facts.Span;
import checkpolicy.facts.Value;
import checkpolicy.report.DocumentReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What the tool read in one policy: every passage it took as speaking to a topic, and every value it found. */
final class FactsAppendix {

    private final DocumentReport document;
    private final String anchor;
    private final String letter;

    FactsAppendix(DocumentReport document, String anchor, String letter) {
        this.document = document;
        this.anchor = anchor;
        this.letter = letter;
    }

    void write(Html h) {
        h.open("section", "class", "page-break").newline();
        h.element("h1", "Appendix " + letter + ": facts and values extracted from " + document.path(), "id", anchor + "-appendix");
        h.element("p", "Every passage the rules could rely on, with the topic it was read as speaking to, "
                + "and every concrete value found (contacts, periods, ages, dates). Line numbers point into the policy file.", "class", "small");
        facts(h);
        values(h);
        h.close().newline();
    }

    /** One row per passage, with every topic it was read as speaking to: the same sentence often speaks to several. */
    private void facts(Html h) {
        Map<Span, List<Disclosure>> byPassage = new TreeMap<>(Span::compare);
        for (Disclosure f : document.facts()) byPassage.computeIfAbsent(f.evidence(), k -> new ArrayList<>()).add(f);
        h.element("h2", "Passages by topic (" + byPassage.size() + " passages, " + document.facts().size() + " readings)");
        if (byPassage.isEmpty()) {
            h.element("p", "No passage was read as speaking to any topic.", "class", "none");
            return;
        }
        h.open("table", "class", "grid").open("thead").open("tr")
                .element("th", "Line", "style", "width: 8%", "class", "num").element("th", "Topics", "style", "width: 32%")
                .element("th", "Passage").close().close();
        h.open("tbody");
        for (Map.Entry<Span, List<Disclosure>> e : byPassage.entrySet()) {
            h.open("tr").element("td", Integer.toString(e.getKey().line()), "class", "num").open("td");
            for (Disclosure f : e.getValue()) h.element("div", f.topic() + reading(f));
            h.close().open("td").prose(e.getKey().quote().replaceAll("\\s+", " ").strip()).close().close();
        }
        h.close().close().newline();
    }

    private void values(Html h) {
        h.element("h2", "Values (" + document.values().size() + ")");
        if (document.values().isEmpty()) {
            h.element("p", "No concrete value was found.", "class", "none");
            return;
        }
        h.open("table", "class", "grid").open("thead").open("tr")
                .element("th", "Line", "style", "width: 8%", "class", "num").element("th", "Kind", "style", "width: 15%")
                .element("th", "Value", "style", "width: 27%").element("th", "As written", "style", "width: 28%")
                .element("th", "In a passage on", "style", "width: 22%").close().close();
        h.open("tbody");
        for (Value v : document.values()) {
            h.open("tr").element("td", Integer.toString(v.evidence().line()), "class", "num")
                    .element("td", v.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .element("td", v.normalized()).element("td", v.raw())
                    .element("td", v.topic() == null ? "—" : v.topic()).close();
        }
        h.close().close().newline();
    }

    /** Nothing for a plain statement; "(denies)", "(hedged)", "(denies, conditional)" otherwise. */
    private static String reading(Disclosure f) {
        List<String> notes = new ArrayList<>();
        if (f.denies()) notes.add("denies");
        if (f.modality() != Modality.STATED) notes.add(f.modality().name().toLowerCase(Locale.ROOT));
        return notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")";
    }
}
