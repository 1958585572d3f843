package checkpolicy.facts;

/** How firmly a passage commits: "we keep" (STATED), "we may keep" (HEDGED), "if you ask, we keep" (CONDITIONAL). */
public enum Modality { STATED, HEDGED, CONDITIONAL }
