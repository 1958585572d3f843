/**
 * Images: what the build compiles from a bundled source file (the shared lexicon, a rule set's
 * ruleset.yaml) so that a cold start reads a table instead of parsing YAML, each used only when
 * made from the very bytes a run would parse. KieBase images have their own format
 * ({@code rules.internal.KieBaseImage}), as Drools writes them.
 */
package checkpolicy.image;
