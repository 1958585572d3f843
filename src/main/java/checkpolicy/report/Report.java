package checkpolicy.report;

import java.util.List;

/**
 * The result of one run: a report per document that could be read, an error per one that could
 * not, and the gate's {@link Review} (waivers, baseline) when one was applied.
 */
public record Report(String toolName, String toolVersion, List<DocumentReport> documents, List<InputError> errors,
                     Review review) {

    public Report {
        documents = List.copyOf(documents);
        errors = List.copyOf(errors);
        review = review == null ? Review.none() : review;
    }

    public Report(String toolName, String toolVersion, List<DocumentReport> documents, List<InputError> errors) {
        this(toolName, toolVersion, documents, errors, Review.none());
    }
}
