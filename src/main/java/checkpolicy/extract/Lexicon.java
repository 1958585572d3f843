package checkpolicy.extract;

import checkpolicy.extract.internal.PatternImage;
import checkpolicy.extract.internal.PhraseCompiler;
import checkpolicy.extract.internal.PhraseIndex;
import checkpolicy.extract.internal.PhrasePattern;
import checkpolicy.extract.internal.Tokenizer;
import checkpolicy.facts.ValueKind;
import checkpolicy.image.ImageReader;
import checkpolicy.image.ImageWriter;
import checkpolicy.image.SourceImage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The phrases by which topics are recognised, read from YAML (rulesets/lexicon.yaml, and a rule
 * set's own lexicon.yaml on top). Immutable once built and safe to share between threads.
 *
 * <pre>
 * macros:   { DATA: "(personal information|personal data|your data)" }
 * negations: [not, never, no]        # words that make a passage deny its practice
 * hedges:    [may, might, could]     # words that make it hedged
 * topics:
 *   sharing.sale:
 *     negatable: true
 *     phrases:  ["sell|rent|trade ~ @DATA"]
 *     headings: ["sale of personal information"]
 *     context:  ["sold"]
 *     unless:   ["garage sale"]     # the topic's phrases it governs, and a heading it matches, do not count
 *     except:   ["point of sale"]   # the topic's phrases that overlap it do not count
 * </pre>
 */
public final class Lexicon {

    /** In a holder: a cold check that reads the lexicon's image never loads Jackson for it. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
    }

    private static final String IMAGE_FORMAT = "checkpolicy-lexicon-5";

    private final Map<String, TopicLexicon> topics;
    private final Set<String> negations;
    private final Set<String> hedges;
    private final PhraseIndex<String> phrases = new PhraseIndex<>();
    private final PhraseIndex<String> headings = new PhraseIndex<>();
    private final PhraseIndex<String> context = new PhraseIndex<>();
    private final PhraseIndex<Veto> vetoes = new PhraseIndex<>();
    private final List<String> valueLineTopics;

    /**
     * A topic's {@code unless} phrase (it governs the rest of its sentence) or {@code except}
     * phrase (it governs only the words it spans). One index holds both, so a sentence is searched
     * for them once.
     */
    public record Veto(String topic, boolean onlyWithin) {

        /** Whether this is an {@code unless} phrase of the topic: it governs the rest of its sentence. */
        public boolean governsRestFor(String topic) {
            return !onlyWithin && this.topic.equals(topic);
        }

        /** Whether this is an {@code except} phrase of the topic: it governs only the words it spans. */
        public boolean governsSpanFor(String topic) {
            return onlyWithin && this.topic.equals(topic);
        }
    }

    private Lexicon(Map<String, TopicLexicon> topics, Set<String> negations, Set<String> hedges) {
        this.topics = topics;
        this.negations = negations;
        this.hedges = hedges;
        List<String> valueLines = new ArrayList<>();
        for (TopicLexicon t : topics.values()) {
            t.phrases().forEach(p -> phrases.add(p, t.topic()));
            t.headings().forEach(p -> headings.add(p, t.topic()));
            t.context().forEach(p -> context.add(p, t.topic()));
            Veto governsRest = new Veto(t.topic(), false);
            Veto governsWithin = new Veto(t.topic(), true);
            t.unless().forEach(p -> vetoes.add(p, governsRest));
            t.except().forEach(p -> vetoes.add(p, governsWithin));
            if (t.valueLines()) valueLines.add(t.topic());
        }
        this.valueLineTopics = List.copyOf(valueLines);
    }

    /** The topics a line of contact values alone speaks to ({@link TopicLexicon#valueLines()}). */
    public List<String> valueLineTopics() {
        return valueLineTopics;
    }

    public Collection<TopicLexicon> topics() {
        return topics.values();
    }

    public TopicLexicon topic(String id) {
        return topics.get(id);
    }

    public Set<String> negations() {
        return negations;
    }

    public Set<String> hedges() {
        return hedges;
    }

    public PhraseIndex<String> phrases() {
        return phrases;
    }

    public PhraseIndex<String> headings() {
        return headings;
    }

    public PhraseIndex<String> context() {
        return context;
    }

    /** The phrases that keep what follows them in a sentence, or what they span, from being read as their topic. */
    public PhraseIndex<Veto> vetoes() {
        return vetoes;
    }

    /** Reads lexicon sources in order; a later source adds phrases to the topics of earlier ones. */
    public static Lexicon load(List<Source> sources) {
        return load(sources, Images.NONE);
    }

    /** As {@link #load(List)}, taking each source compiled from {@code images} where they hold it. */
    public static Lexicon load(List<Source> sources, Images images) {
        Builder b = new Builder(images);
        for (Source s : sources) b.add(s);
        return b.build();
    }

    /**
     * Starts reading the first source (the shared lexicon, by far the largest) on a daemon thread,
     * so that a cold start overlaps it with loading the rule sets that name the other sources.
     */
    public static Pending startLoading(Source first, Images images) {
        return new Pending(CompletableFuture.supplyAsync(() -> {
            Builder b = new Builder(images);
            b.add(first);
            return b;
        }, Lexicon::onDaemon));
    }

    private static void onDaemon(Runnable task) {
        Thread t = new Thread(task, "lexicon-read");
        t.setDaemon(true);
        t.start();
    }

    /** A lexicon whose first source is being read; {@link #finishing} adds the rest and builds it. */
    public static final class Pending {
        private final CompletableFuture<Builder> first;

        private Pending(CompletableFuture<Builder> first) {
            this.first = first;
        }

        /**
         * Adds the other sources and builds the phrase indexes after the first source, on a
         * daemon thread, while the caller goes on (a cold check compiles its rule sets meanwhile).
         */
        public Built finishing(List<Source> rest) {
            return new Built(first.thenApplyAsync(b -> {
                for (Source s : rest) b.add(s);
                return b.build();
            }, Lexicon::onDaemon));
        }
    }

    /** A lexicon being built. */
    public static final class Built {
        private final CompletableFuture<Lexicon> lexicon;

        private Built(CompletableFuture<Lexicon> lexicon) {
            this.lexicon = lexicon;
        }

        /** Any source's errors surface here, on the caller's thread, as they would from {@link #load}. */
        public Lexicon join() {
            try {
                return lexicon.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw e;
            }
        }
    }

    /** A lexicon file: its name for messages and a way to open it. */
    public record Source(String name, IoSupplier open) {}

    /**
     * Where the build put compiled sources, by name ({@link #images}); null when it holds none
     * by that name.
     */
    @FunctionalInterface
    public interface Images {
        Images NONE = name -> null;

        InputStream open(String name) throws IOException;
    }

    /**
     * What the build stores for these sources read in this order, by name: one image per source,
     * each what that source adds to the lexicon of the sources before it (the topics it names,
     * compiled, and the macros, negations and hedges so far). An image is named and keyed by the
     * bytes of its source and of every source before it, as a source's phrases compile against
     * the macros of those before; a run computes the same name from the bytes it reads, so it
     * finds an image only when made from the very same sources ({@link SourceImage}).
     */
    public static Map<String, byte[]> images(List<Source> sources) {
        Builder b = new Builder(Images.NONE);
        Map<String, byte[]> images = new LinkedHashMap<>();
        for (Source source : sources) {
            byte[] text = b.read(source);
            byte[] key = b.chain(text);
            b.parse(source, text);
            ImageWriter w = new ImageWriter();
            b.writeAdded(w);
            images.put(imageName(key), SourceImage.of(IMAGE_FORMAT, key, w));
        }
        return images;
    }

    private static String imageName(byte[] key) {
        return "lexicon-" + SourceImage.name(key) + ".image";
    }

    @FunctionalInterface
    public interface IoSupplier {
        InputStream get() throws IOException;
    }

    private static final class Builder {
        private final Images images;
        /** The SHA-256 of each source added so far, in order: what names the image of the next. */
        private final ByteArrayOutputStream chain = new ByteArrayOutputStream();
        /** The topics the last source parsed named. */
        private final Set<String> named = new HashSet<>();
        private final Tokenizer tokenizer = new Tokenizer();
        private final Map<String, String> macros = new LinkedHashMap<>();
        private final Map<String, Draft> drafts = new LinkedHashMap<>();
        private final Set<String> negations = new HashSet<>();
        private final Set<String> hedges = new HashSet<>();

        Builder(Images images) {
            this.images = images;
        }

        void add(Source source) {
            byte[] text = read(source);
            byte[] key = chain(text);
            if (!readImage(key)) parse(source, text);
        }

        /** The key of the image of this source after those before it. */
        byte[] chain(byte[] text) {
            chain.writeBytes(SourceImage.sha256(text));
            return chain.toByteArray();
        }

        byte[] read(Source source) {
            try (InputStream in = source.open().get()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new LexiconException(source.name() + ": cannot read: " + e.getMessage(), e);
            }
        }

        void parse(Source source, byte[] text) {
            named.clear();
            JsonNode root;
            try {
                root = Yaml.MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                throw new LexiconException(source.name() + ":" + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new LexiconException(source.name() + ": cannot read: " + e.getMessage(), e);
            }
            if (root == null || root.isMissingNode() || root.isNull()) return;
            if (!root.isObject()) throw new LexiconException(source.name() + ": expected a mapping with 'topics'");
            String stray = unknownKey(root, FILE_KEYS);
            if (stray != null) throw new LexiconException(source.name() + ": " + stray);
            root.path("macros").fields().forEachRemaining(e -> macros.put(e.getKey(), e.getValue().asText()));
            root.path("negations").forEach(n -> negations.add(tokenizer.stem(n.asText())));
            root.path("hedges").forEach(n -> hedges.add(tokenizer.stem(n.asText())));
            PhraseCompiler compiler = new PhraseCompiler(tokenizer, macros);
            root.path("topics").fields().forEachRemaining(e -> {
                named.add(e.getKey());
                Draft d = drafts.computeIfAbsent(e.getKey(), Draft::new);
                try {
                    d.merge(e.getValue(), compiler);
                } catch (IllegalArgumentException ex) {
                    throw new LexiconException(source.name() + ": topic " + e.getKey() + ": " + ex.getMessage());
                }
            });
        }

        /** Takes what the source adds from its image, when the build stored one under this key; false otherwise. */
        boolean readImage(byte[] key) {
            Optional<ImageReader> image;
            try {
                image = SourceImage.open(IMAGE_FORMAT, key, images.open(imageName(key)));
            } catch (IOException e) {
                return false;
            }
            if (image.isEmpty()) return false;
            // Read whole before taking any of it: an image this code cannot read leaves the builder as it was.
            Map<String, String> macrosAfter = new LinkedHashMap<>();
            Map<String, Draft> added = new LinkedHashMap<>();
            List<String> negationsAfter;
            List<String> hedgesAfter;
            try {
                ImageReader r = image.get();
                for (int n = r.integer(); n > 0; n--) macrosAfter.put(r.string(), r.string());
                negationsAfter = r.strings();
                hedgesAfter = r.strings();
                for (int n = r.integer(); n > 0; n--) {
                    String topic = r.string();
                    added.put(topic, Draft.read(topic, r));
                }
                if (!r.atEnd()) return false;
            } catch (IOException | RuntimeException e) {
                return false;
            }
            macros.clear();
            macros.putAll(macrosAfter);
            negations.clear();
            negations.addAll(negationsAfter);
            hedges.clear();
            hedges.addAll(hedgesAfter);
            drafts.putAll(added);
            return true;
        }

        /** The state after the last source, as far as that source changed it. */
        void writeAdded(ImageWriter w) {
            w.integer(macros.size());
            macros.forEach((k, v) -> w.string(k).string(v));
            w.stringSet(negations).stringSet(hedges);
            List<String> topics = drafts.keySet().stream().filter(named::contains).toList();
            w.integer(topics.size());
            topics.forEach(t -> drafts.get(t).write(w.string(t)));
        }

        Lexicon build() {
            Map<String, TopicLexicon> topics = new LinkedHashMap<>();
            drafts.forEach((k, d) -> topics.put(k, d.build()));
            return new Lexicon(topics, Set.copyOf(negations), Set.copyOf(hedges));
        }
    }

    // A misspelt key ("unles:") would otherwise be ignored, and the phrases under it silently never apply.
    private static final List<String> FILE_KEYS = List.of("macros", "negations", "hedges", "topics");
    private static final List<String> TOPIC_KEYS = List.of("phrases", "headings", "context", "unless", "except",
            "requiresValue", "inSection", "negatable", "inherits", "addressLines", "valueLines");

    /** What is wrong with the first key of the mapping not among the known ones; null when all are known. */
    private static String unknownKey(JsonNode mapping, List<String> known) {
        for (java.util.Iterator<String> names = mapping.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) return "unknown key '" + name + "' (expected " + String.join(", ", known) + ")";
        }
        return null;
    }

    private static final class Draft {
        final String topic;
        final List<PhrasePattern> phrases = new ArrayList<>();
        final List<PhrasePattern> headings = new ArrayList<>();
        final List<PhrasePattern> context = new ArrayList<>();
        final List<PhrasePattern> unless = new ArrayList<>();
        final List<PhrasePattern> except = new ArrayList<>();
        final Set<ValueKind> requiresValue = EnumSet.noneOf(ValueKind.class);
        boolean inSection;
        boolean negatable;
        boolean inherits;
        boolean addressLines;
        boolean valueLines;

        Draft(String topic) {
            this.topic = topic;
        }

        void merge(JsonNode node, PhraseCompiler compiler) {
            if (!node.isObject()) throw new IllegalArgumentException("expected a mapping of " + String.join(", ", TOPIC_KEYS));
            String stray = unknownKey(node, TOPIC_KEYS);
            if (stray != null) throw new IllegalArgumentException(stray);
            node.path("phrases").forEach(p -> phrases.addAll(compiler.compile(p.asText())));
            node.path("headings").forEach(p -> headings.addAll(compiler.compile(p.asText())));
            node.path("context").forEach(p -> context.addAll(compiler.compile(p.asText())));
            node.path("unless").forEach(p -> unless.addAll(compiler.compile(p.asText())));
            node.path("except").forEach(p -> except.addAll(compiler.compile(p.asText())));
            node.path("requiresValue").forEach(v -> requiresValue.add(kind(v.asText())));
            if (node.has("inSection")) inSection = node.get("inSection").asBoolean();
            if (node.has("negatable")) negatable = node.get("negatable").asBoolean();
            if (node.has("inherits")) inherits = node.get("inherits").asBoolean();
            if (node.has("addressLines")) addressLines = node.get("addressLines").asBoolean();
            if (node.has("valueLines")) valueLines = node.get("valueLines").asBoolean();
        }

        private static ValueKind kind(String name) {
            try {
                return ValueKind.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown value kind '" + name + "'");
            }
        }

        void write(ImageWriter w) {
            PatternImage.write(w, phrases);
            PatternImage.write(w, headings);
            PatternImage.write(w, context);
            PatternImage.write(w, unless);
            PatternImage.write(w, except);
            w.stringSet(requiresValue.stream().map(Enum::name).toList());
            w.bool(inSection).bool(negatable).bool(inherits).bool(addressLines).bool(valueLines);
        }

        static Draft read(String topic, ImageReader r) throws IOException {
            Draft d = new Draft(topic);
            d.phrases.addAll(PatternImage.read(r));
            d.headings.addAll(PatternImage.read(r));
            d.context.addAll(PatternImage.read(r));
            d.unless.addAll(PatternImage.read(r));
            d.except.addAll(PatternImage.read(r));
            for (String kind : r.strings()) d.requiresValue.add(ValueKind.valueOf(kind));
            d.inSection = r.bool();
            d.negatable = r.bool();
            d.inherits = r.bool();
            d.addressLines = r.bool();
            d.valueLines = r.bool();
            return d;
        }

        TopicLexicon build() {
            return new TopicLexicon(topic, List.copyOf(phrases), List.copyOf(headings), List.copyOf(context), List.copyOf(unless), List.copyOf(except),
                    requiresValue.isEmpty() ? Set.of() : EnumSet.copyOf(requiresValue), inSection, negatable, inherits, addressLines, valueLines);
        }
    }
}
