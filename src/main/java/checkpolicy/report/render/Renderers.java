package checkpolicy.report.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one place that knows every output format; --help lists the formats from here. */
public final class Renderers {

    private static final Map<String, Renderer> BY_NAME = new LinkedHashMap<>();

    static {
        for (Renderer r : List.of(new TextRenderer(), new JsonRenderer(), new SarifRenderer(), new JunitRenderer(),
                new MarkdownRenderer(), new HtmlRenderer(), new PdfRenderer(), new JsonLinesRenderer())) BY_NAME.put(r.name(), r);
    }

    private Renderers() {}

    public static Optional<Renderer> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }
}
