/**
 * Accuracy benchmark: runs extraction over corpora labelled by others (../shared/bench) and scores
 * it the way the reference scorer (bench/score.py) does, document-level and evidence-level, with the
 * misses listed for error analysis. Sits beside the pipeline; nothing in it depends on it.
 */
package checkpolicy.bench;
