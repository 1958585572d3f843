package checkpolicy.ingest.internal;

import checkpolicy.ingest.BlockKind;

/** A block found by a format parser, before sections and sentences are added: {@code text[start, end)}. */
public record RawBlock(BlockKind kind, int level, int start, int end) {}
