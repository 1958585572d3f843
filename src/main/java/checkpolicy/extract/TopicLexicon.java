package checkpolicy.extract;

import checkpolicy.extract.internal.PhrasePattern;
import checkpolicy.facts.ValueKind;
import java.util.List;
import java.util.Set;

/**
 * How one topic is recognised.
 *
 * @param phrases passages that speak to the topic wherever they stand
 * @param headings headings that open a section about the topic
 * @param context weaker phrases that count only in a section (or list) about the topic
 * @param unless phrases that show a passage is about something else: the topic's phrases that match
 *               after one in its sentence, or run into it, do not count, nor does the section's
 *               heading lend the sentence the topic, and a heading one matches opens no section
 *               about it. "We reserve the right to access your account" is the company's right,
 *               not the reader's right of access
 * @param except phrases inside which the topic's phrases do not count, wherever else in the sentence
 *               they do: "Social Security Numbers" is no security heading, though "social security
 *               numbers are encrypted" is a security passage
 * @param requiresValue when not empty, a passage counts only if it states a value of one of these kinds
 * @param inSection with requiresValue: in a section about the topic, such a value alone is enough
 *                  (the list items under "Information we collect")
 * @param negatable whether "not" flips the passage to DENIES ("we do not sell"); for topics such as
 *                  children, "we do not collect data from children" still speaks to the topic
 * @param inherits whether every sentence of a section headed by this topic speaks to it, as annotators
 *                 read a "Data retention" section as a whole
 * @param addressLines whether the address lines under a lead-in about the topic ("contact our EU
 *                     representative at:") speak to it too
 * @param valueLines whether a line that states an e-mail address, phone number or postal address
 *                   and is no prose speaks to the topic though no phrase matches it: the contact
 *                   block at the foot of a policy ("Acme Ltd, 1 High Street, London. privacy@acme.example")
 */
public record TopicLexicon(String topic, List<PhrasePattern> phrases, List<PhrasePattern> headings,
                           List<PhrasePattern> context, List<PhrasePattern> unless, List<PhrasePattern> except,
                           Set<ValueKind> requiresValue,
                           boolean inSection, boolean negatable, boolean inherits, boolean addressLines,
                           boolean valueLines) {}
