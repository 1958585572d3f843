/**
 * Finds concrete values in plain text: emails, phones, postal and web addresses, officers,
 * dates, periods, ages, countries, languages and personal-data items.
 *
 * <p>{@link checkpolicy.extract.value.ValueScanner} is the entry point; it returns
 * {@link checkpolicy.extract.value.ValueMatch}es with offsets into the scanned string and one
 * normalised spelling per kind (see {@link checkpolicy.facts.Value}). Giving each match a topic
 * and a {@link checkpolicy.facts.Span} is left to the extractor that calls it.
 *
 * <p>One package-private scanner per kind sits behind it. Each runs in time linear in the text:
 * it finds a cheap anchor first (an {@code @}, a digit run, a unit word, a year) and runs a
 * bounded pattern only around it, or walks a word trie ({@code PhraseGazetteer}) built once from
 * the gazetteers in {@code src/main/resources/checkpolicy/extract/}.
 */
package checkpolicy.extract.value;
