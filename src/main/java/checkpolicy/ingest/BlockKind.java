package checkpolicy.ingest;

/** The structural role of a block of policy text. */
public enum BlockKind { HEADING, PARAGRAPH, LIST_ITEM }
