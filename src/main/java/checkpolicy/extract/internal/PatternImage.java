package checkpolicy.extract.internal;

import checkpolicy.image.ImageReader;
import checkpolicy.image.ImageWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Compiled phrase patterns in a lexicon's image: each slot a gap width, or a word's stems, prefixes and spellings. */
public final class PatternImage {

    private PatternImage() {}

    public static void write(ImageWriter w, List<PhrasePattern> patterns) {
        w.integer(patterns.size());
        for (PhrasePattern p : patterns) {
            w.string(p.source()).integer(p.slots().size());
            for (PhrasePattern.Slot s : p.slots()) {
                if (s instanceof PhrasePattern.Gap g) {
                    w.integer(-1 - g.max());
                } else {
                    PhrasePattern.Word word = (PhrasePattern.Word) s;
                    w.integer(0).stringSet(word.stems()).strings(word.prefixes()).stringSet(word.exact());
                }
            }
        }
    }

    public static List<PhrasePattern> read(ImageReader r) throws IOException {
        int n = r.integer();
        List<PhrasePattern> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String source = r.string();
            PhrasePattern.Slot[] slots = new PhrasePattern.Slot[r.integer()];
            for (int j = 0; j < slots.length; j++) {
                int tag = r.integer();
                slots[j] = tag < 0 ? new PhrasePattern.Gap(-1 - tag) : new PhrasePattern.Word(r.stringSet(), r.strings(), r.stringSet());
            }
            out.add(new PhrasePattern(source, List.of(slots)));
        }
        return out;
    }
}
