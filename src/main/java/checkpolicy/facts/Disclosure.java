package checkpolicy.facts;

/**
 * One passage that speaks to a topic of the vocabulary (design.md), e.g. {@code sharing.sale}
 * with {@link Polarity#DENIES} for "we do not sell your data".
 *
 * @param section index of the section (the block under one heading) the passage stands in, so
 *                rules can tie a passage to values stated near it; -1 before the first heading
 * @param sentence index of the sentence in the document, unique per passage
 */
public record Disclosure(String topic, Polarity polarity, Modality modality, Span evidence, int section, int sentence) {

    public boolean affirms() {
        return polarity == Polarity.AFFIRMS;
    }

    public boolean denies() {
        return polarity == Polarity.DENIES;
    }
}
