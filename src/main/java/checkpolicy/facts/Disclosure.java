package checkpolicy.facts;

/**
 * One passage that speaks to a topic of the vocabulary (design.md), e.g. {@code sharing.sale}
 * with {@link Polarity#DENIES} for "we do not sell your data".
 *
 * @param section index of the section (the block under one heading) the passage stands in, so
 *                rules can tie a passage to values stated near it; -1 before the first heading
 * @param sentence index of the sentence in the document, unique per passage
 * @param heading whether this comes only from a heading that opens a section about the topic
 *                ("Data retention"): it names the topic rather than saying anything about it, so
 *                rules that count passages skip it
 */
public record Disclosure(String topic, Polarity polarity, Modality modality, Span evidence, int section, int sentence,
                         boolean heading) {

    public boolean affirms() {
        return polarity == Polarity.AFFIRMS;
    }

    public boolean denies() {
        return polarity == Polarity.DENIES;
    }

    /**
     * Whether the passage is a label: three words or fewer that end no sentence, such as a
     * menu's entry or a table's cell ("Kids", "Babies & Children"). It names the topic without
     * the policy saying anything of it, so it settles no applicability. A heading's own reading
     * counts as one too; what its section says does not.
     */
    public boolean isLabel() {
        String quote = evidence.quote().strip();
        if (quote.isEmpty() || ".!?:".indexOf(quote.charAt(quote.length() - 1)) >= 0) return false;
        int words = 1;
        for (int i = 0; i < quote.length() && words <= 3; i++) {
            if (Character.isWhitespace(quote.charAt(i)) && i + 1 < quote.length() && !Character.isWhitespace(quote.charAt(i + 1))) words++;
        }
        return !heading && words <= 3;
    }

    /**
     * Whether this passage stands beside another: in its section, from {@code before} sentences
     * before it to {@code after} after. For rules: {@code Disclosure(topic == "...", near($s, 3, 3))}.
     */
    public boolean near(Disclosure passage, int before, int after) {
        return passage.around(section, sentence, before, after);
    }

    /** Whether a fact at this section and sentence stands in the window around this passage: the one formula of {@code near}. */
    boolean around(int atSection, int atSentence, int before, int after) {
        return atSection == section && atSentence >= sentence - before && atSentence <= sentence + after;
    }
}
