package checkpolicy.rules.internal;

import checkpolicy.image.ImageReader;
import checkpolicy.image.ImageWriter;
import checkpolicy.image.SourceImage;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bundled {@code ruleset.yaml} as the build parsed it ({@link SourceImage}), so that a cold
 * check of a bundled rule set starts without Jackson and SnakeYAML. Only the parse is stored:
 * the loader still reads the files, checks the rule set and folds in what it extends.
 */
public final class RuleSetYamlImage {

    private static final String FORMAT = "checkpolicy-ruleset-yaml-1";

    private RuleSetYamlImage() {}

    /** Where the build puts the image of a bundled rule set's ruleset.yaml. */
    public static String resource(String id) {
        return KieBaseCache.BUNDLED_FOLDER + id + ".ruleset.image";
    }

    public static byte[] write(byte[] source, RuleSetYaml y) {
        ImageWriter w = new ImageWriter();
        w.string(y.id()).string(y.title()).string(y.law()).string(y.jurisdiction()).string(y.version())
                .string(date(y.inForce())).strings(y.references()).strings(y.extendsIds());
        if (y.conditions() == null) {
            w.integer(-1);
        } else {
            w.integer(y.conditions().size());
            y.conditions().forEach((key, c) -> w.string(key).bool(c != null)
                    .string(c == null ? null : c.question()).string(c == null || c.assumed() == null ? null : c.assumed().toString()));
        }
        if (y.requirements() == null) {
            w.integer(-1);
        } else {
            w.integer(y.requirements().size());
            for (RuleSetYaml.RequirementYaml r : y.requirements()) {
                w.string(r.id()).string(r.title()).string(r.citation()).string(r.severity())
                        .string(r.weight() == null ? null : r.weight().toString()).string(r.category()).string(r.condition())
                        .string(date(r.inForce())).string(r.satisfiedBy()).string(r.remediation()).string(r.sampleClause())
                        .strings(r.references());
            }
        }
        return SourceImage.of(FORMAT, source, w);
    }

    /** The parse stored in this image when it was made from these bytes; empty otherwise (then parse them). */
    public static Optional<RuleSetYaml> read(byte[] source, InputStream image) {
        Optional<ImageReader> reader = SourceImage.open(FORMAT, source, image);
        if (reader.isEmpty()) return Optional.empty();
        try {
            ImageReader r = reader.get();
            String id = r.string();
            String title = r.string();
            String law = r.string();
            String jurisdiction = r.string();
            String version = r.string();
            LocalDate inForce = date(r.string());
            List<String> references = r.strings();
            List<String> extendsIds = r.strings();
            Map<String, RuleSetYaml.ConditionYaml> conditions = null;
            int n = r.integer();
            if (n >= 0) {
                conditions = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String key = r.string();
                    boolean present = r.bool();
                    String question = r.string();
                    String assumed = r.string();
                    conditions.put(key, present ? new RuleSetYaml.ConditionYaml(question, assumed == null ? null : Boolean.valueOf(assumed)) : null);
                }
            }
            List<RuleSetYaml.RequirementYaml> requirements = null;
            n = r.integer();
            if (n >= 0) {
                requirements = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String rid = r.string();
                    String rtitle = r.string();
                    String citation = r.string();
                    String severity = r.string();
                    String weight = r.string();
                    requirements.add(new RuleSetYaml.RequirementYaml(rid, rtitle, citation, severity,
                            weight == null ? null : Double.valueOf(weight), r.string(), r.string(), date(r.string()),
                            r.string(), r.string(), r.string(), r.strings()));
                }
            }
            if (!r.atEnd()) return Optional.empty();
            return Optional.of(new RuleSetYaml(id, title, law, jurisdiction, version, inForce, references, extendsIds,
                    conditions, requirements));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an image this code cannot read: parse the source
        }
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
