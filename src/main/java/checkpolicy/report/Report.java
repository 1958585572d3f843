package checkpolicy.report;

import java.util.List;

/** The result of one run: a report per document that could be read, and an error per one that could not. */
public record Report(String toolName, String toolVersion, List<DocumentReport> documents, List<InputError> errors) {

    public Report {
        documents = List.copyOf(documents);
        errors = List.copyOf(errors);
    }
}
