package checkpolicy.ingest.internal;

import checkpolicy.ingest.BlockKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text and lightly marked-up Markdown into headings, paragraphs and list items, one
 * line at a time. Block offsets exclude mark-up ({@code #}, {@code **} wrappers, bullets) so that a
 * quote reads as the text does. Lines of a paragraph join and blank lines end blocks, except in
 * text that writes one paragraph per line, where a line ending a sentence ends its paragraph.
 */
public final class LineParser {

    /** The blocks of a text, and the date of an archive header if one led it. */
    public record Result(List<RawBlock> blocks, String archivedOn) {}

    private enum Prev { BLANK, HEADING, LIST, PARAGRAPH }

    private final String text;
    private final List<RawBlock> blocks = new ArrayList<>();
    private String archivedOn;

    /** The paragraph or list item still collecting lines, or null. */
    private BlockKind openKind;
    private int openLevel, openStart, openEnd, openIndent, openLines;
    /** Whether every line of the open block is a few words without final punctuation: titles or menu entries, no prose yet. */
    private boolean openAllShort;

    private Prev prev = Prev.BLANK;
    private boolean inArchiveHeader;
    private boolean seenContent;
    /**
     * The file writes each paragraph on one line and rarely leaves a blank one (a crawl, an export
     * from a word processor) rather than hard-wrapping: then a line that ends a sentence also ends
     * its paragraph, and a title line needs no blank line before it.
     */
    private final boolean unwrapped;

    /** Menus and footers copied one entry per line, which must not run together into one paragraph. */
    private LineRuns runs;
    /** Index of the line being read, counted from the end of any front matter. */
    private int lineIndex;
    /** Whether the open block is an entry of such a run, which the next line outside it must not continue. */
    private boolean inRun;

    /** Indentation of each open list level, so nesting follows the document's own indentation. */
    private final int[] listIndents = new int[16];
    private int listDepth;

    private LineParser(String text) {
        this.text = text;
        this.unwrapped = TextLayout.isUnwrapped(text);
    }

    public static Result parse(String text) {
        LineParser parser = new LineParser(text);
        parser.run();
        return new Result(List.copyOf(parser.blocks), parser.archivedOn);
    }

    private void run() {
        int pos = TextLayout.frontMatterEnd(text);
        runs = LineRuns.of(text, pos);
        for (lineIndex = 0; pos <= text.length(); lineIndex++) {
            int end = text.indexOf('\n', pos);
            if (end < 0) end = text.length();
            line(pos, end);
            pos = end + 1;
        }
        close();
    }

    private void line(int lineStart, int lineEnd) {
        int cs = skipSpace(lineStart, lineEnd);
        int ce = trimEnd(cs, lineEnd);
        if (cs == ce) {
            blank();
            return;
        }
        int indent = indentWidth(lineStart, cs);
        if (text.charAt(cs) == '>') {
            if (blocks.isEmpty() && openKind == null && (inArchiveHeader || archiveHeader(cs, ce))) {
                inArchiveHeader = true;
                return;
            }
            cs = skipSpace(cs + 1, ce);
            if (cs == ce) {
                blank();
                return;
            }
        }
        inArchiveHeader = false;
        if (!seenContent) {
            seenContent = true;
            if (isBareUrl(cs, ce)) return; // a crawler's note of where the text came from
        }
        if (ruleLine(cs, ce)) return;
        if (atxHeading(cs, ce) || boldHeading(cs, ce)) return;
        if (runEntry(indent, cs, ce)) return;

        ListMarker marker = ListMarker.at(text, cs, ce);
        // An enumerator or a title may not break into a sentence that runs on from the line before.
        boolean canInterrupt = prev != Prev.PARAGRAPH || HeadingRules.endsWith(text, openEnd, ".!?:;");
        if (marker != null && !marker.ordered()) {
            listItem(indent, marker.textStart(), ce);
        } else if (marker != null && canInterrupt) {
            if (marker.sectionNumber() > 0 && HeadingRules.isNumberedTitle(text, marker.textStart(), ce)) {
                heading(Math.min(6, 1 + marker.sectionNumber()), cs, ce);
            } else if (marker.sectionNumber() > 0 && Character.isUpperCase(text.charAt(cs))) {
                continuation(indent, cs, ce); // "I. M. Pei …": a capital with a dot is an initial, not a marker
            } else {
                listItem(indent, marker.textStart(), ce);
            }
        } else if (canInterrupt && plainHeading(cs, ce, lineEnd, prev == Prev.BLANK || unwrapped)) {
            return;
        } else {
            continuation(indent, cs, ce);
        }
    }

    /**
     * A line of a menu, footer or table copied one entry per line ({@link LineRuns}) is a block of
     * its own, or part of the address or phone line above it; an item of a list when the run
     * follows a lead-in. The first line after the run starts afresh.
     */
    private boolean runEntry(int indent, int cs, int ce) {
        LineRuns.Role role = runs.role(lineIndex);
        if (role == LineRuns.Role.NONE) {
            if (inRun) {
                close();
                prev = Prev.BLANK;
                inRun = false;
            }
            return false;
        }
        if (role == LineRuns.Role.JOINS && inRun && openKind != null) {
            extendOpen(cs, ce);
            return true;
        }
        close();
        listDepth = 0;
        boolean item = runs.underLeadIn(lineIndex);
        open(item ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH, item ? 1 : 0, cs, ce, indent);
        prev = item ? Prev.LIST : Prev.PARAGRAPH;
        inRun = true;
        return true;
    }

    private void blank() {
        inRun = false;
        close();
        prev = Prev.BLANK;
        inArchiveHeader = false;
    }

    /** "> *The following text is extracted … archived on 2013-11-01. …*" */
    private boolean archiveHeader(int cs, int ce) {
        int at = text.substring(cs, ce).indexOf("archived on "); // within the line: stays linear
        if (at < 0) return false;
        int d = cs + at + "archived on ".length();
        if (d + 10 <= ce && isDate(d)) archivedOn = text.substring(d, d + 10);
        return true;
    }

    private boolean isDate(int d) {
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(d + i);
            boolean ok = (i == 4 || i == 7) ? c == '-' : Character.isDigit(c);
            if (!ok) return false;
        }
        return true;
    }

    /** A rule ({@code ---}, {@code ***}, {@code ===}); under a one-line paragraph it underlines a heading. */
    private boolean ruleLine(int cs, int ce) {
        char c = text.charAt(cs);
        if (c != '-' && c != '=' && c != '*' && c != '_') return false;
        int count = 0;
        for (int i = cs; i < ce; i++) {
            char d = text.charAt(i);
            if (d == c) count++;
            else if (d != ' ' && d != '\t') return false;
        }
        if (count < 3) return false;
        if ((c == '=' || c == '-') && openKind == BlockKind.PARAGRAPH && openLines == 1 && prev == Prev.PARAGRAPH) {
            int start = openStart, end = openEnd;
            openKind = null;
            heading(c == '=' ? 1 : 2, start, end);
        } else {
            close();
            prev = Prev.BLANK;
        }
        return true;
    }

    /** "## Cookies": the level is the number of {@code #}; a closing run of {@code #} is dropped. */
    private boolean atxHeading(int cs, int ce) {
        int i = cs;
        while (i < ce && text.charAt(i) == '#' && i - cs < 7) i++;
        int level = i - cs;
        if (level == 0 || level > 6 || (i < ce && text.charAt(i) != ' ' && text.charAt(i) != '\t')) return false;
        int end = ce;
        int hashes = end;
        while (hashes > i && text.charAt(hashes - 1) == '#') hashes--;
        if (hashes < end && hashes > i && (text.charAt(hashes - 1) == ' ' || text.charAt(hashes - 1) == '\t')) end = hashes;
        int start = skipSpace(i, end);
        end = trimEnd(start, end);
        int[] inner = Emphasis.unwrap(text, start, end);
        if (inner[0] < inner[1]) heading(level, inner[0], inner[1]);
        else blank();
        return true;
    }

    /** A short line that is all bold ({@code **What We collect**}) is a heading in these documents. */
    private boolean boldHeading(int cs, int ce) {
        int end = ce;
        if (text.charAt(end - 1) == ':' && end - cs > 5) end--; // "**Contact**:"
        if (!Emphasis.isStrongWrapped(text, cs, end)) return false;
        int start = skipSpace(cs + 2, end - 2);
        int innerEnd = trimEnd(start, end - 2);
        // A bold sentence is emphasis, not a title.
        if (start == innerEnd || HeadingRules.wordsUpTo(text, start, innerEnd, 15) > 15 || HeadingRules.endsWith(text, innerEnd, ".")) {
            return false;
        }
        heading(blocks.isEmpty() && openKind == null ? 1 : 3, start, innerEnd);
        return true;
    }

    /** A title with no mark-up: the first line, a line in capitals, or a short line standing alone. */
    private boolean plainHeading(int contentStart, int contentEnd, int lineEnd, boolean standalone) {
        // "*Updated yearly.*" is judged, and quoted, without its emphasis marks.
        int[] inner = Emphasis.unwrap(text, contentStart, contentEnd);
        int cs = inner[0], ce = inner[1];
        if (cs == ce) return false;
        int nextStart = Math.min(lineEnd + 1, text.length());
        int nextEnd = text.indexOf('\n', nextStart);
        if (nextEnd < 0) nextEnd = text.length();
        int ncs = skipSpace(nextStart, nextEnd);
        int nce = trimEnd(ncs, nextEnd);
        boolean nextBlank = ncs == nce;
        boolean first = blocks.isEmpty() && openKind == null;
        if (first && prev == Prev.BLANK && HeadingRules.isShortTitle(text, cs, ce, true)) {
            heading(1, cs, ce); // "Privacy Policy" opening the file
            return true;
        }
        if (HeadingRules.isAllCapsTitle(text, cs, ce) && (nextBlank || !HeadingRules.isAllCapsTitle(text, ncs, nce))) {
            heading(first ? 1 : 2, cs, ce);
            return true;
        }
        // A sentence-case line of a few words ("Information we collect") heads the line below it
        // when that line starts a new sentence; the first line of a hard-wrapped paragraph is longer
        // or runs on in lower case.
        boolean nextStartsSentence = !nextBlank && Character.isUpperCase(text.charAt(ncs)) && HeadingRules.wordsUpTo(text, cs, ce, 8) <= 8;
        if (!standalone || !HeadingRules.isShortTitle(text, cs, ce, !nextBlank && !nextStartsSentence)) return false;
        boolean nextIsBody = nextBlank || HeadingRules.wordsUpTo(text, ncs, nce, 8) > 8
                || HeadingRules.endsWith(text, nce, ".!?:;,") || ListMarker.at(text, ncs, nce) != null;
        if (!nextIsBody) return false;
        heading(first ? 1 : 2, cs, ce);
        return true;
    }

    private void heading(int level, int start, int end) {
        close();
        listDepth = 0;
        blocks.add(new RawBlock(BlockKind.HEADING, level, start, end));
        prev = Prev.HEADING;
    }

    private void listItem(int indent, int start, int end) {
        close();
        while (listDepth > 0 && listIndents[listDepth - 1] > indent) listDepth--;
        if ((listDepth == 0 || listIndents[listDepth - 1] < indent) && listDepth < listIndents.length) {
            listIndents[listDepth++] = indent;
        }
        open(BlockKind.LIST_ITEM, Math.max(1, listDepth), start, end, indent);
        prev = Prev.LIST;
    }

    /**
     * A line without a marker. It continues a list item when indented under it or when the item's
     * line stopped mid-sentence; it continues a paragraph, unless the text writes a paragraph per
     * line and the paragraph ended a sentence or holds only titles ({@link #proseAfterTitles});
     * otherwise it opens a paragraph.
     */
    private void continuation(int indent, int cs, int ce) {
        boolean continuesItem = openKind == BlockKind.LIST_ITEM
                && (indent > openIndent || !HeadingRules.endsWith(text, openEnd, ".!?:;"));
        boolean continuesParagraph = openKind == BlockKind.PARAGRAPH
                && !(unwrapped && (HeadingRules.endsWith(text, openEnd, ".!?:;") || proseAfterTitles(cs, ce)));
        if (continuesParagraph || continuesItem) {
            extendOpen(cs, ce);
        } else {
            close();
            listDepth = 0;
            open(BlockKind.PARAGRAPH, 0, cs, ce, indent);
            prev = Prev.PARAGRAPH;
        }
    }

    private void open(BlockKind kind, int level, int start, int end, int indent) {
        openKind = kind;
        openLevel = level;
        openStart = start;
        openEnd = end;
        openIndent = indent;
        openLines = 1;
        openAllShort = LineRuns.isShort(text, start, end);
    }

    /** Adds the line {@code text[cs, ce)} to the open block. */
    private void extendOpen(int cs, int ce) {
        openEnd = ce;
        openLines++;
        openAllShort &= LineRuns.isShort(text, cs, ce);
    }

    /**
     * In a text that writes a paragraph per line, a sentence that opens in a capital after lines
     * that are only titles or menu entries ("Register / Client Area / Privacy Policy", "Types of
     * Data Collected / Personal Data", "Bulgaria – Rila Mountains / Change to booking") starts a
     * paragraph of its own, though they end in no full stop. A line that stops mid-sentence
     * ("Please write to our privacy officer at", "You retain your rights to any") ends in a word
     * that cannot end a title, and the next line still continues it.
     */
    private boolean proseAfterTitles(int cs, int ce) {
        return openAllShort && HeadingRules.endsLikeTitle(text, openEnd) && Character.isUpperCase(text.charAt(cs)) && !LineRuns.isShort(text, cs, ce);
    }

    private void close() {
        if (openKind == null) return;
        int[] inner = Emphasis.unwrap(text, openStart, openEnd);
        if (inner[0] < inner[1]) blocks.add(new RawBlock(openKind, openLevel, inner[0], inner[1]));
        openKind = null;
    }

    private boolean isBareUrl(int cs, int ce) {
        if (!text.startsWith("http://", cs) && !text.startsWith("https://", cs)) return false;
        for (int i = cs; i < ce; i++) {
            if (SentenceSplitter.isSpace(text.charAt(i))) return false;
        }
        return true;
    }

    private int skipSpace(int from, int end) {
        while (from < end && SentenceSplitter.isSpace(text.charAt(from))) from++;
        return from;
    }

    private int trimEnd(int start, int end) {
        while (end > start && SentenceSplitter.isSpace(text.charAt(end - 1))) end--;
        return end;
    }

    /** Indentation in columns, a tab counting as four. */
    private int indentWidth(int lineStart, int cs) {
        int width = 0;
        for (int i = lineStart; i < cs; i++) width += text.charAt(i) == '\t' ? 4 - width % 4 : 1;
        return width;
    }
}
