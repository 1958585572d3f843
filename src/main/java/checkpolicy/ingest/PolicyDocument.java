package checkpolicy.ingest;

import checkpolicy.facts.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A policy read into structure: its analysed text, the blocks of that text and a map back to
 * the original file. Immutable.
 *
 * @param path the file as the user named it
 * @param sha256 hex SHA-256 of the original bytes
 * @param format {@code text}, {@code markdown} or {@code html}
 * @param text the text the blocks point into: the decoded file for text and Markdown, the
 *             visible text for HTML
 * @param archivedOn the date from an archive header ("… archived on 2013-11-01"), if any
 * @param address the web address the policy was published at, where the file says it (an HTML page's
 *                canonical address, an archive header's Wayback link, a first line holding only an
 *                address), if any
 * @param pageStartLines for a PDF, the 1-based line of {@link #text()} on which each page starts
 *                       (a PDF has no lines of its own: spans count lines across the extracted
 *                       text, and {@link #page(int)} turns such a line into a page); empty otherwise
 */
public record PolicyDocument(String path, String sha256, String format, String text, List<Block> blocks,
                             SourceMap sourceMap, Optional<String> archivedOn, Optional<String> address,
                             List<Integer> pageStartLines) {

    public PolicyDocument {
        blocks = List.copyOf(blocks);
        pageStartLines = List.copyOf(pageStartLines);
    }

    /** A document without pages (text, Markdown, HTML). */
    public PolicyDocument(String path, String sha256, String format, String text, List<Block> blocks,
                          SourceMap sourceMap, Optional<String> archivedOn, Optional<String> address) {
        this(path, sha256, format, text, blocks, sourceMap, archivedOn, address, List.of());
    }

    /** The 1-based page a span line falls on, for a PDF; 0 for documents without pages. */
    public int page(int line) {
        int page = 0;
        for (int i = 0; i < pageStartLines.size() && pageStartLines.get(i) <= line; i++) page = i + 1;
        return page;
    }

    /** The span of {@code text[start, end)} in the original file. */
    public Span span(int start, int end) {
        return sourceMap.span(text, start, end);
    }

    /** Every sentence of every block, in document order. */
    public List<Sentence> sentences() {
        List<Sentence> all = new ArrayList<>();
        for (Block b : blocks) all.addAll(b.sentences());
        return all;
    }

    /** The heading block a section index names, if there is one. */
    public Optional<Block> heading(int section) {
        return section >= 0 && section < blocks.size() && blocks.get(section).kind() == BlockKind.HEADING
                ? Optional.of(blocks.get(section)) : Optional.empty();
    }
}
