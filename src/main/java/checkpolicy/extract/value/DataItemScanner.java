package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;
import checkpolicy.image.ImageReader;
import checkpolicy.image.ImageWriter;
import checkpolicy.image.SourceImage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Personal-data items a policy names ("email address", "date of birth", "IP address"), from the
 * gazetteer {@code checkpolicy/extract/data-items.yaml}; normalised to the item's canonical
 * lower-case name. Whole words, any letter case, the longest phrase winning; the file's
 * {@code ignore} phrases keep look-alikes out ("domain name", "to address your concerns").
 */
final class DataItemScanner implements KindScanner {

    static final String RESOURCE = "/checkpolicy/extract/data-items.yaml";

    /** The YAML file's shape. */
    record Catalogue(List<String> ignore, List<Item> items) { }

    /** One canonical item and the phrases that name it. */
    record Item(String item, List<String> synonyms, List<String> exact, List<String> singularOnly) {
        Item {
            synonyms = synonyms == null ? List.of() : synonyms;
            exact = exact == null ? List.of() : exact;
            singularOnly = singularOnly == null ? List.of() : singularOnly;
        }
    }

    private static final PhraseGazetteer ITEMS = build(load());

    @Override
    public ValueKind kind() {
        return ValueKind.DATA_ITEM;
    }

    @Override
    public List<ValueMatch> scan(String text) {
        List<ValueMatch> out = new ArrayList<>();
        for (PhraseGazetteer.Hit hit : ITEMS.find(text)) {
            out.add(ValueMatch.of(ValueKind.DATA_ITEM, hit.value(), text, hit.start(), hit.end()));
        }
        return out;
    }

    /** Where the build puts the catalogue as parsed ({@link #image}). */
    static final String IMAGE = "/" + SourceImage.FOLDER + "data-items.image";
    private static final String IMAGE_FORMAT = "checkpolicy-data-items-1";

    /** The catalogue: as the build parsed it when its image was made from this very file, else parsed now. */
    static Catalogue load() {
        byte[] yaml = yaml();
        return fromImage(yaml, DataItemScanner.class.getResourceAsStream(IMAGE)).orElseGet(() -> parse(yaml));
    }

    /** The catalogue in an image made from this YAML; empty for an image of other bytes or a damaged one. */
    static Optional<Catalogue> fromImage(byte[] yaml, InputStream image) {
        return SourceImage.open(IMAGE_FORMAT, yaml, image).flatMap(DataItemScanner::read);
    }

    static byte[] yaml() {
        try (InputStream in = DataItemScanner.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static Catalogue parse(byte[] yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(yaml, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The catalogue parsed, as the build stores it: a cold start then reads no YAML for it. */
    static byte[] image() {
        byte[] yaml = yaml();
        Catalogue c = parse(yaml);
        ImageWriter w = new ImageWriter().strings(c.ignore());
        w.integer(c.items().size());
        for (Item item : c.items()) w.string(item.item()).strings(item.synonyms()).strings(item.exact()).strings(item.singularOnly());
        return SourceImage.of(IMAGE_FORMAT, yaml, w);
    }

    private static Optional<Catalogue> read(ImageReader r) {
        try {
            List<String> ignore = r.strings();
            List<Item> items = new ArrayList<>();
            for (int n = r.integer(); n > 0; n--) items.add(new Item(r.string(), r.strings(), r.strings(), r.strings()));
            return r.atEnd() ? Optional.of(new Catalogue(ignore, items)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static PhraseGazetteer build(Catalogue catalogue) {
        PhraseGazetteer gazetteer = new PhraseGazetteer();
        for (Item item : catalogue.items()) {
            String name = item.item().toLowerCase(Locale.ROOT);
            Set<String> singular = Set.copyOf(item.singularOnly());
            for (String synonym : item.synonyms()) {
                gazetteer.add(synonym, name, false);
                if (!singular.contains(synonym)) gazetteer.add(plural(synonym), name, false);
            }
            for (String synonym : item.exact()) gazetteer.add(synonym, name, true);
        }
        // Added last, so an ignore phrase wins over an item spelled the same.
        if (catalogue.ignore() != null) for (String phrase : catalogue.ignore()) gazetteer.block(phrase, false);
        return gazetteer;
    }

    /**
     * The plural of a phrase: its head word (before "of", else the last word) made plural.
     * "date of birth" → "dates of birth", "email address" → "email addresses", "call log" → "call logs";
     * a word already ending in s (but not "ss"/"us") is left as it is.
     */
    static String plural(String phrase) {
        int of = phrase.indexOf(" of ");
        int headEnd = of >= 0 ? of : phrase.length();
        if (phrase.endsWith(".")) return phrase;  // "mobile no." has no plural
        int headStart = phrase.lastIndexOf(' ', headEnd - 1) + 1;
        String head = phrase.substring(headStart, headEnd);
        String plural;
        if (head.endsWith("ss") || head.endsWith("us") || head.endsWith("x") || head.endsWith("ch") || head.endsWith("sh")) {
            plural = head + "es";
        } else if (head.endsWith("s")) {
            return phrase;
        } else if (head.endsWith("y") && head.length() > 1 && "aeiou".indexOf(head.charAt(head.length() - 2)) < 0) {
            plural = head.substring(0, head.length() - 1) + "ies";
        } else {
            plural = head + "s";
        }
        return phrase.substring(0, headStart) + plural + phrase.substring(headEnd);
    }
}
