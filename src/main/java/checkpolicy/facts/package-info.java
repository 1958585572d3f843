/**
 * The records that cross stages: what extraction finds ({@link checkpolicy.facts.Disclosure},
 * {@link checkpolicy.facts.Value}), what conditions hold ({@link checkpolicy.facts.Applicability}),
 * what a rule set requires ({@link checkpolicy.facts.Requirement}) and what the rules conclude
 * ({@link checkpolicy.facts.Finding}). This is the vocabulary the DRL files are written in.
 */
package checkpolicy.facts;
