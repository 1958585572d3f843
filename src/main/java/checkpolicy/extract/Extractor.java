package checkpolicy.extract;

import checkpolicy.extract.internal.PassageReading;
import checkpolicy.extract.internal.PhraseIndex;
import checkpolicy.extract.internal.Token;
import checkpolicy.extract.internal.Tokenizer;
import checkpolicy.extract.value.ValueMatch;
import checkpolicy.extract.value.ValueScanner;
import checkpolicy.facts.Disclosure;
import checkpolicy.facts.Modality;
import checkpolicy.facts.Polarity;
import checkpolicy.facts.Value;
import checkpolicy.facts.ValueKind;
import checkpolicy.ingest.Block;
import checkpolicy.ingest.BlockKind;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a document into facts: a {@link Disclosure} per sentence and topic it speaks to, and the
 * {@link Value}s it states, each tied to the topic of the passage it stands in.
 *
 * <p>A sentence speaks to a topic when a lexicon phrase for the topic matches it, or when it
 * stands in a section (or a list) about the topic and matches a weaker context phrase there.
 * The extractor is immutable and thread-safe; per-document state lives in one call.
 */
public final class Extractor {

    private final Lexicon lexicon;
    private final ValueScanner scanner;
    private final ValueTopics valueTopics = new ValueTopics();
    private final EvidenceModel evidence;
    private final boolean readsContext;

    /** Reads with the lexicon and picks evidence with the model shipped in the jar. */
    public Extractor(Lexicon lexicon, ValueScanner scanner) {
        this(lexicon, scanner, EvidenceModel.bundled());
    }

    public Extractor(Lexicon lexicon, ValueScanner scanner, EvidenceModel evidence) {
        this(lexicon, scanner, evidence, true);
    }

    private Extractor(Lexicon lexicon, ValueScanner scanner, EvidenceModel evidence, boolean readsContext) {
        this.lexicon = lexicon;
        this.scanner = scanner;
        this.evidence = evidence;
        this.readsContext = readsContext;
    }

    /** The same reading with another evidence model; {@link EvidenceModel#none()} keeps every passage read. */
    public Extractor withEvidenceModel(EvidenceModel model) {
        return new Extractor(lexicon, scanner, model, readsContext);
    }

    /**
     * The same reading without {@link Extraction#context()}: rules never see those passages, so a
     * report that shows no facts (all but JSON) is the same without them, and costs less.
     */
    public Extractor withoutContext() {
        return new Extractor(lexicon, scanner, evidence, false);
    }

    public Extraction extract(PolicyDocument doc) {
        Tokenizer tokenizer = new Tokenizer();
        PassageReading reading = new PassageReading(lexicon.negations(), lexicon.hedges());
        List<Sentence> sentences = doc.sentences();
        List<List<ValueMatch>> valuesBySentence = valuesBySentence(doc, sentences);
        LeadIns leadIns = LeadIns.of(sentences, valuesBySentence);
        Map<Integer, Set<ValueKind>> kindsBySection = kindsBySection(doc, valuesBySentence);

        List<Disclosure> disclosures = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        Map<Integer, Set<String>> headingTopics = new LinkedHashMap<>();
        Set<String> leadIn = Set.of();
        Map<Integer, Set<String>> leadInTopics = new HashMap<>();
        int s = 0;
        for (Block block : doc.blocks()) {
            Set<String> sectionTopics = headingTopics.getOrDefault(block.section(), Set.of());
            for (Sentence sentence : block.sentences()) {
                List<Token> tokens = tokenizer.tokenize(doc.text(), sentence.start(), sentence.end());
                int at = s++;
                List<ValueMatch> stated = valuesBySentence.get(at);
                Set<ValueKind> kinds = leadIns.kinds(at);
                List<PhraseIndex.Hit<Lexicon.Veto>> vetoes = lexicon.vetoes().findAll(tokens);
                if (block.kind() == BlockKind.HEADING) {
                    Set<String> topics = new LinkedHashSet<>();
                    for (PhraseIndex.Hit<String> h : lexicon.headings().findAll(tokens)) {
                        if (!excepted(h, vetoes)) topics.add(h.payload());
                    }
                    topics.removeIf(t -> vetoes.stream().anyMatch(v -> v.payload().governsRestFor(t)));
                    headingTopics.put(block.index(), topics);
                    sectionTopics = topics;
                    leadIn = Set.of();
                }
                Set<String> context = new LinkedHashSet<>(sectionTopics);
                if (block.kind() == BlockKind.LIST_ITEM) context.addAll(leadIn);
                boolean heading = block.kind() == BlockKind.HEADING;
                Map<String, Reading> found = read(tokens, kinds, context, !heading, vetoes, reading);
                if (!heading && leadIns.ledBy(at) >= 0) {
                    // "…contact our EU representative at:" over the address: the address line names
                    // the representative as much as the lead-in does.
                    for (String t : leadInTopics.getOrDefault(leadIns.ledBy(at), Set.of())) {
                        merge(found, t, Reading.unplaced(Polarity.AFFIRMS));
                    }
                }
                if (!heading && !leadInTopics.containsKey(leadIns.ledBy(at)) && LeadIns.isValueLine(sentence.text(), stated)
                        && found.keySet().stream().noneMatch(t -> lexicon.topic(t).addressLines())) {
                    // a contact block no phrase introduces (the address and e-mail at a policy's
                    // foot, or a number under a bare label such as "Outside US:") still says how to
                    // reach the company; an officer's or representative's address keeps its own reading
                    for (String t : lexicon.valueLineTopics()) merge(found, t, Reading.unplaced(Polarity.AFFIRMS));
                }
                if (leadIns.leadsIn(at)) {
                    Set<String> addressed = new LinkedHashSet<>();
                    found.forEach((t, r) -> {
                        if (r.polarity == Polarity.AFFIRMS && lexicon.topic(t).addressLines()) addressed.add(t);
                    });
                    if (!addressed.isEmpty()) leadInTopics.put(at, addressed);
                }
                RunOnQuote quotes = new RunOnQuote(doc.text(), sentence.start(), sentence.end());
                for (Map.Entry<String, Reading> e : found.entrySet()) {
                    Reading r = e.getValue();
                    int[] quote = quotes.around(r.from, r.to);
                    disclosures.add(new Disclosure(e.getKey(), r.polarity, r.modality,
                            doc.span(quote[0], quote[1]), block.section(), sentence.index(), false));
                }
                if (heading) {
                    // A heading that opens a section about a topic ("Your rights") shows the policy
                    // addresses it, though the heading itself states nothing: flagged as such.
                    // A topic that needs a value opens its section when the section states one
                    // ("Contact us" over the address): as its body sentences read it (inSection).
                    Set<ValueKind> statedBelow = kindsBySection.getOrDefault(block.index(), Set.of());
                    for (String t : sectionTopics) {
                        TopicLexicon topic = lexicon.topic(t);
                        if (topic != null && !found.containsKey(t) && (topic.requiresValue().isEmpty()
                                || (topic.inSection() && hasRequiredValue(topic, statedBelow)))) {
                            disclosures.add(new Disclosure(t, Polarity.AFFIRMS, Modality.STATED,
                                    doc.span(sentence.start(), sentence.end()), block.section(), sentence.index(), true));
                        }
                    }
                }
                if (block.kind() == BlockKind.PARAGRAPH) leadIn = found.keySet();
                List<String> affirmed = new ArrayList<>();
                found.forEach((t, r) -> { if (r.polarity == Polarity.AFFIRMS) affirmed.add(t); });
                for (ValueMatch m : stated) {
                    String topic = valueTopics.choose(m.kind(), affirmed, context);
                    values.add(new Value(m.kind(), m.normalized(), m.raw(), doc.span(m.start(), m.end()), topic,
                            block.section(), sentence.index()));
                }
            }
        }
        // Continuations are judged from everything the lexicon read, before selection thins it out:
        // a passing mention still shows where the document talks about a topic.
        List<Disclosure> context = readsContext
                ? TopicContext.continuations(doc, disclosures, evidence.context(), this::mayContinue) : List.of();
        List<Disclosure> quoted = EvidenceSelection.select(disclosures, doc, evidence);
        return new Extraction(quoted, values, context, EvidenceSelection.rest(disclosures, quoted));
    }

    /** A topic that needs a stated value (a retention period) is never read from context alone. */
    public boolean mayContinue(String topic) {
        TopicLexicon t = lexicon.topic(topic);
        return t != null && t.requiresValue().isEmpty();
    }

    /** What a sentence says of a topic, and where the phrase that said it stands (-1 when none did). */
    private record Reading(Polarity polarity, Modality modality, int from, int to) {
        static Reading unplaced(Polarity polarity) {
            return new Reading(polarity, Modality.STATED, -1, -1);
        }
    }

    /**
     * @param mayInherit false for a heading: it opens the section, it is not a passage of it
     * @param vetoes the hits of {@code unless} and {@code except} phrases in these tokens
     */
    private Map<String, Reading> read(List<Token> tokens, Set<ValueKind> kinds, Set<String> context, boolean mayInherit,
                                      List<PhraseIndex.Hit<Lexicon.Veto>> vetoes, PassageReading reading) {
        Map<String, Reading> found = new LinkedHashMap<>();
        readHits(lexicon.phrases(), tokens, kinds, null, vetoes, reading, found);
        if (!context.isEmpty()) {
            readHits(lexicon.context(), tokens, kinds, context, vetoes, reading, found);
            for (String t : context) {
                TopicLexicon topic = lexicon.topic(t);
                if (topic == null) continue;
                boolean valueInSection = topic.inSection() && !topic.requiresValue().isEmpty() && hasRequiredValue(topic, kinds);
                // Inheritance never overrides what the sentence itself says: "we do not share" under
                // "Sharing" stays a denial.
                boolean inherited = mayInherit && topic.inherits() && topic.requiresValue().isEmpty() && !tokens.isEmpty()
                        && !found.containsKey(t) && vetoes.stream().noneMatch(v -> v.payload().governsRestFor(t));
                if (valueInSection || inherited) merge(found, t, Reading.unplaced(Polarity.AFFIRMS));
            }
        }
        return found;
    }

    // An unless phrase governs the rest of its sentence ("we reserve the right to disclose any
    // information ... or to remove any posting") and a hit that ends just before it or runs into it
    // ("provide links to third-party websites"), not a clause well before it: in a run of sentences
    // the segmenter could not split ("our processors include: Qualtrics, Wufoo Third Party Links
    // This website may include links to other websites"), nor "you may ask us to delete your data,
    // though we reserve the right to refuse".
    private static final int VETO_REACHES_BACK = 3;

    /** Whether an {@code unless} phrase of the hit's topic governs it, or an {@code except} phrase spans part of it. */
    private static boolean vetoed(PhraseIndex.Hit<String> hit, List<PhraseIndex.Hit<Lexicon.Veto>> vetoes) {
        for (PhraseIndex.Hit<Lexicon.Veto> v : vetoes) {
            if (v.payload().governsRestFor(hit.payload()) && hit.to() + VETO_REACHES_BACK > v.from()) return true;
        }
        return excepted(hit, vetoes);
    }

    /** Whether an {@code except} phrase of the hit's topic spans part of it ("Social Security" in a heading). */
    private static boolean excepted(PhraseIndex.Hit<String> hit, List<PhraseIndex.Hit<Lexicon.Veto>> vetoes) {
        for (PhraseIndex.Hit<Lexicon.Veto> v : vetoes) {
            if (v.payload().governsSpanFor(hit.payload()) && overlaps(hit, v)) return true;
        }
        return false;
    }

    private static boolean overlaps(PhraseIndex.Hit<?> a, PhraseIndex.Hit<?> b) {
        return a.from() < b.to() && b.from() < a.to();
    }

    /**
     * Reads every hit of one phrase index into {@code found}.
     *
     * @param only topics a hit must belong to (context phrases count only in their own section), or null for any
     */
    private void readHits(PhraseIndex<String> index, List<Token> tokens, Set<ValueKind> kinds, Set<String> only,
                          List<PhraseIndex.Hit<Lexicon.Veto>> vetoes, PassageReading reading, Map<String, Reading> found) {
        for (PhraseIndex.Hit<String> hit : index.findAll(tokens)) {
            if (!vetoes.isEmpty() && vetoed(hit, vetoes)) continue;
            TopicLexicon topic = lexicon.topic(hit.payload());
            if ((only != null && !only.contains(topic.topic())) || !hasRequiredValue(topic, kinds)) continue;
            Polarity polarity = topic.negatable() ? reading.polarity(tokens, hit.from(), hit.to()) : Polarity.AFFIRMS;
            merge(found, topic.topic(), new Reading(polarity, reading.modality(tokens, hit.from()),
                    tokens.get(hit.from()).start(), tokens.get(hit.to() - 1).end()));
        }
    }

    /**
     * An affirming reading wins over a denying one: "we do not sell, but we share" affirms sharing.
     * Of two that agree, the quote starts at the earlier phrase, where the sentence first speaks to
     * the topic.
     */
    private static void merge(Map<String, Reading> found, String topic, Reading r) {
        Reading old = found.get(topic);
        if (old == null || (old.polarity == Polarity.DENIES && r.polarity == Polarity.AFFIRMS)) {
            found.put(topic, r);
        } else if (old.polarity == r.polarity && r.from >= 0 && (old.from < 0 || r.from < old.from)) {
            found.put(topic, new Reading(old.polarity, old.modality, r.from, r.to));
        }
    }

    private static boolean hasRequiredValue(TopicLexicon topic, Set<ValueKind> kinds) {
        return topic.requiresValue().isEmpty() || !Collections.disjoint(topic.requiresValue(), kinds);
    }

    /** The kinds of value the body of each section states, by the index of its heading block. */
    private static Map<Integer, Set<ValueKind>> kindsBySection(PolicyDocument doc, List<List<ValueMatch>> values) {
        Map<Integer, Set<ValueKind>> out = new HashMap<>();
        for (Block b : doc.blocks()) {
            if (b.kind() == BlockKind.HEADING || b.section() < 0) continue;
            for (Sentence s : b.sentences()) {
                for (ValueMatch m : values.get(s.index())) {
                    out.computeIfAbsent(b.section(), k -> EnumSet.noneOf(ValueKind.class)).add(m.kind());
                }
            }
        }
        return out;
    }

    /**
     * The values each sentence states. A value belongs to the sentence its last character stands
     * in: an address written over several lines ends in the line with its PIN code, where the
     * passage about it usually is. Values outside every sentence (list markers, chrome) are dropped.
     */
    private List<List<ValueMatch>> valuesBySentence(PolicyDocument doc, List<Sentence> sentences) {
        List<List<ValueMatch>> by = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) by.add(new ArrayList<>());
        if (sentences.isEmpty()) return by;
        List<ValueMatch> matches = new ArrayList<>(scanner.scan(doc.text()));
        matches.sort(java.util.Comparator.comparingInt(ValueMatch::end).thenComparing(ValueMatch.ORDER));
        int i = 0;
        for (ValueMatch m : matches) {
            int last = m.end() - 1;
            while (i + 1 < sentences.size() && sentences.get(i + 1).start() <= last) i++;
            Sentence s = sentences.get(i);
            if (last >= s.start() && last < s.end()) by.get(i).add(m);
        }
        by.forEach(list -> list.sort(ValueMatch.ORDER));
        return by;
    }
}
