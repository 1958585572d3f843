/**
 * Rule sets: loading {@code ruleset.yaml} and its DRL files, refusing broken ones with file, line
 * and reason, building one Drools KieBase per rule set per process, and running one session per
 * document to turn facts into findings.
 */
package checkpolicy.rules;
