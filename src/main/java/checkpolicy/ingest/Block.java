package checkpolicy.ingest;

import java.util.List;

/**
 * A heading, paragraph or list item. Offsets are into {@link PolicyDocument#text()}.
 *
 * @param level heading level 1–6 for headings (1 the title), list nesting depth from 1 for list
 *              items, 0 for paragraphs
 * @param section index of the heading block this block stands under (a heading's own index for
 *                a heading), or -1 before the first heading
 */
public record Block(int index, BlockKind kind, int level, int start, int end, String text, int section,
                    List<Sentence> sentences) {

    public Block {
        sentences = List.copyOf(sentences);
    }
}
