/**
 * The report: one immutable model of everything a check found ({@link checkpolicy.report.Report}),
 * the scoring that fills it ({@link checkpolicy.report.Scorer}), and in {@code render} one small
 * renderer per output format that only reads the model.
 */
package checkpolicy.report;
