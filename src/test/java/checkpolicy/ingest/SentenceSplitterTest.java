package checkpolicy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import checkpolicy.ingest.internal.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return SentenceSplitter.split(text, 0, text.length()).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void splitsAtSentenceEnds() {
        assertEquals(List.of("We collect data.", "Is that fine?", "Yes!", "Good."), split("We collect data. Is that fine? Yes! Good."));
        assertEquals(List.of("We collect data.", "2 kinds of it."), split("We collect data.  2 kinds of it."));
        assertEquals(List.of("Line one ends.", "Line two follows."), split("Line one ends.\nLine two follows."));
    }

    @Test
    void doesNotSplitBeforeLowerCase() {
        assertEquals(List.of("Mobile No. and address stay together."), split("Mobile No. and address stay together."));
        assertEquals(List.of("We use e.g. cookies.", "Then more."), split("We use e.g. cookies. Then more."));
        assertEquals(List.of("Version 2. and so on."), split("Version 2. and so on."));
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertEquals(List.of("Career Mitra Pvt. Ltd. is based in Mumbai.", "We reply."),
                split("Career Mitra Pvt. Ltd. is based in Mumbai. We reply."));
        assertEquals(List.of("Mr. Smith and Dr. Jones agree.", "The U.S. Government may ask."),
                split("Mr. Smith and Dr. Jones agree. The U.S. Government may ask."));
        assertEquals(List.of("See e.g. Section 3 and i.e. Annex 4.", "Done."), split("See e.g. Section 3 and i.e. Annex 4. Done."));
        // A single capital is taken for an initial, so "Annex B. Done." stays one sentence: the price of "J. Smith".
        assertEquals(List.of("See Annex B. Done."), split("See Annex B. Done."));
        assertEquals(List.of("Acme Inc. Delaware and Acme Co. Ltd. India sign.", "Fine."),
                split("Acme Inc. Delaware and Acme Co. Ltd. India sign. Fine."));
        assertEquals(List.of("Write to J. R. Smith, No. 4 St. Mark's Road.", "Thanks."),
                split("Write to J. R. Smith, No. 4 St. Mark's Road. Thanks."));
    }

    @Test
    void urlsEmailsAndDecimalsDoNotSplit() {
        assertEquals(List.of("Visit www.careermitra.com.", "We use version 3.5 of it.", "Mail info@contetra.com.", "Bye."),
                split("Visit www.careermitra.com. We use version 3.5 of it. Mail info@contetra.com. Bye."));
        assertEquals(List.of("See https://example.com/a.html?x=1.2 for details."), split("See https://example.com/a.html?x=1.2 for details."));
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertEquals(List.of("He said \"stop.\"", "Then he left."), split("He said \"stop.\" Then he left."));
        assertEquals(List.of("(We never sell it.)", "\u201CNever,\u201D we said."), split("(We never sell it.) \u201CNever,\u201D we said."));
        assertEquals(List.of("It ends here.", "- and a bullet follows"), split("It ends here. - and a bullet follows"));
    }

    @Test
    void trimsAndSkipsEmptyPieces() {
        assertEquals(List.of("One."), split("   One.   "));
        assertEquals(List.of(), split("   "));
        String text = "xx Hello there. Next one. yy";
        List<int[]> ranges = SentenceSplitter.split(text, 3, text.length() - 3);
        assertEquals(List.of("Hello there.", "Next one."), ranges.stream().map(r -> text.substring(r[0], r[1])).toList());
    }

    @Test
    void aOneMegabyteLineFinishes() {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        while (sb.length() < 1_000_000) {
            sb.append("This is sentence number ").append(count++).append(" of a very long line. ");
        }
        assertEquals(count, split(sb.toString()).size());

        // Inputs that make naive abbreviation or URL look-behinds quadratic.
        assertEquals(1, split("a.".repeat(500_000)).size());
        assertEquals(1, split("A. ".repeat(350_000)).size());
        assertEquals(1, split("x".repeat(1_000_000)).size());
        assertEquals(1, split("word. ".repeat(200_000).toLowerCase()).size());
    }
}
