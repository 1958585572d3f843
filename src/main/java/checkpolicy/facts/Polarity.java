package checkpolicy.facts;

/** Whether a passage says the practice happens ("we share") or that it does not ("we never sell"). */
public enum Polarity { AFFIRMS, DENIES }
