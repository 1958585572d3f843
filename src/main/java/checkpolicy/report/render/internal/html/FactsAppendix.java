package checkpolicy.report.render.internal.html;

import checkpolicy.facts.Disclosure;
import checkpolicy.facts.Value;
import checkpolicy.report.DocumentReport;
import java.util.Locale;

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

    private void facts(Html h) {
        h.element("h2", "Passages by topic (" + document.facts().size() + ")");
        if (document.facts().isEmpty()) {
            h.element("p", "No passage was read as speaking to any topic.", "class", "none");
            return;
        }
        h.open("table", "class", "grid").open("thead").open("tr")
                .element("th", "Line", "style", "width: 8%", "class", "num").element("th", "Topic", "style", "width: 22%")
                .element("th", "Reading", "style", "width: 12%").element("th", "Passage").close().close();
        h.open("tbody");
        for (Disclosure f : document.facts()) {
            h.open("tr").element("td", Integer.toString(f.evidence().line()), "class", "num").element("td", f.topic())
                    .element("td", reading(f)).element("td", f.evidence().quote().replaceAll("\\s+", " ").strip()).close();
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

    private static String reading(Disclosure f) {
        String polarity = f.affirms() ? "affirms" : "denies";
        String modality = f.modality().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return f.modality() == checkpolicy.facts.Modality.STATED ? polarity : polarity + ", " + modality;
    }
}
