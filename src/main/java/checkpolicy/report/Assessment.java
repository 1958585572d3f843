package checkpolicy.report;

import checkpolicy.facts.Finding;
import checkpolicy.facts.Requirement;

/** A requirement and the finding on it. */
public record Assessment(Requirement requirement, Finding finding) {}
