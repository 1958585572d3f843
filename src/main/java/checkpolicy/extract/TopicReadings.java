package checkpolicy.extract;

import checkpolicy.facts.Disclosure;
import checkpolicy.ingest.Block;
import checkpolicy.ingest.BlockKind;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Where a document reads each topic: in which blocks, under which headings, in which sections.
 * What ties a passage to the other readings of its topic ({@link #ties}) is evidence both that a
 * read passage is more than a passing mention and that an unread one goes on about the topic.
 */
public final class TopicReadings {

    /** Paragraphs away from a reading of the topic that count as near it. */
    static final int REACH = 5;

    private final Map<String, Readings> byTopic = new TreeMap<>();
    private final Map<Integer, Integer> blockOfSentence = new HashMap<>();

    private TopicReadings() {}

    /** @param judged the topics to keep track of */
    public static TopicReadings of(PolicyDocument doc, List<Disclosure> read, Predicate<String> judged) {
        TopicReadings out = new TopicReadings();
        for (Block b : doc.blocks()) for (Sentence s : b.sentences()) out.blockOfSentence.put(s.index(), b.index());
        for (Disclosure d : read) {
            if (!judged.test(d.topic())) continue;
            Readings r = out.byTopic.computeIfAbsent(d.topic(), t -> new Readings());
            if (d.affirms()) r.affirmed = true;
            Integer block = out.blockOfSentence.get(d.sentence());
            if (block == null) continue;
            Block b = doc.blocks().get(block);
            if (d.heading() || b.kind() == BlockKind.HEADING) {
                r.headedSections.add(d.section());
            } else if (!r.blocks.get(block) && d.section() >= 0) {
                r.bodyBlocksBySection.merge(d.section(), 1, Integer::sum);
            }
            r.blocks.set(block);
        }
        return out;
    }

    /** The topics tracked, in name order. */
    public Set<String> topics() {
        return byTopic.keySet();
    }

    /** Whether any passage affirms the topic. */
    public boolean affirmed(String topic) {
        Readings r = byTopic.get(topic);
        return r != null && r.affirmed;
    }

    /** Whether the topic is read in the block. */
    public boolean readIn(String topic, int block) {
        Readings r = byTopic.get(topic);
        return r != null && r.blocks.get(block);
    }

    /** The block a sentence stands in, or -1. */
    public int blockOf(int sentence) {
        return blockOfSentence.getOrDefault(sentence, -1);
    }

    /**
     * What ties a block to the topic's readings in <em>other</em> blocks: its section's heading
     * was read as the topic ({@code c:heading}), another paragraph of its section was
     * ({@code c:section}), the nearest one is N paragraphs away ({@code c:nearN}, N ≤ {@value #REACH})
     * and right before or after it ({@code c:after}, {@code c:before}). Empty when nothing ties it.
     */
    public List<String> ties(String topic, Block b) {
        List<String> out = new ArrayList<>(5);
        Readings r = byTopic.get(topic);
        if (r == null) return out;
        boolean own = r.blocks.get(b.index());
        if (b.kind() != BlockKind.HEADING && b.section() >= 0 && r.headedSections.contains(b.section())) out.add("c:heading");
        int inSection = b.section() >= 0 ? r.bodyBlocksBySection.getOrDefault(b.section(), 0) : 0;
        if (own && b.kind() != BlockKind.HEADING && inSection > 0) inSection--;
        if (inSection > 0) out.add("c:section");
        int before = b.index() > 0 ? r.blocks.previousSetBit(b.index() - 1) : -1;
        int after = r.blocks.nextSetBit(b.index() + 1);
        int distance = Integer.MAX_VALUE;
        if (before >= 0) distance = b.index() - before;
        if (after >= 0) distance = Math.min(distance, after - b.index());
        if (distance <= REACH) {
            out.add("c:near" + distance);
            if (before >= 0 && b.index() - before == 1) out.add("c:after");
            if (after >= 0 && after - b.index() == 1) out.add("c:before");
        }
        return out;
    }

    private static final class Readings {
        boolean affirmed;
        final BitSet blocks = new BitSet();
        final Map<Integer, Integer> bodyBlocksBySection = new HashMap<>();
        final Set<Integer> headedSections = new HashSet<>();
    }
}
