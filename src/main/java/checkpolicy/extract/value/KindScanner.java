package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;

import java.util.List;

/**
 * Finds the values of one kind in a string. Implementations are stateless and thread-safe;
 * whatever they precompile (patterns, gazetteers) is built once, in static fields.
 *
 * <p>They may return overlapping matches of their own kind; {@link ValueScanner} keeps the longest.
 * Every implementation must run in time linear in the text: bounded quantifiers only, or a cheap
 * anchor found first and a bounded look around it.
 */
interface KindScanner {

    ValueKind kind();

    List<ValueMatch> scan(String text);
}
