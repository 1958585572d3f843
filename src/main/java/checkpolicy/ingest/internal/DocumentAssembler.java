package checkpolicy.ingest.internal;

import checkpolicy.ingest.Block;
import checkpolicy.ingest.BlockKind;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.Sentence;
import checkpolicy.ingest.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the raw blocks of any format into a {@link PolicyDocument}: sections, sentences, indices. */
public final class DocumentAssembler {

    private DocumentAssembler() {}

    public static PolicyDocument assemble(String path, String sha256, String format, String text, SourceMap sourceMap,
                                          List<RawBlock> rawBlocks, String archivedOn, String address) {
        return assemble(path, sha256, format, text, sourceMap, rawBlocks, archivedOn, address, List.of());
    }

    /** As above, for a paged document (PDF): {@code pageStartLines} as in {@link PolicyDocument}. */
    public static PolicyDocument assemble(String path, String sha256, String format, String text, SourceMap sourceMap,
                                          List<RawBlock> rawBlocks, String archivedOn, String address,
                                          List<Integer> pageStartLines) {
        List<Block> blocks = new ArrayList<>(rawBlocks.size());
        int section = -1;
        int sentenceIndex = 0;
        for (RawBlock raw : rawBlocks) {
            int index = blocks.size();
            if (raw.kind() == BlockKind.HEADING) section = index;
            List<Sentence> sentences = new ArrayList<>();
            if (raw.kind() == BlockKind.HEADING) {
                // A heading is a title, not prose: splitting "Mr. Smith's Rights. Overview" would mislead.
                sentences.add(new Sentence(sentenceIndex++, raw.start(), raw.end(), text.substring(raw.start(), raw.end())));
            } else {
                for (int[] s : SentenceSplitter.split(text, raw.start(), raw.end())) {
                    sentences.add(new Sentence(sentenceIndex++, s[0], s[1], text.substring(s[0], s[1])));
                }
            }
            blocks.add(new Block(index, raw.kind(), raw.level(), raw.start(), raw.end(),
                    text.substring(raw.start(), raw.end()), section, sentences));
        }
        return new PolicyDocument(path, sha256, format, text, blocks, sourceMap, Optional.ofNullable(archivedOn),
                Optional.ofNullable(address), pageStartLines);
    }
}
