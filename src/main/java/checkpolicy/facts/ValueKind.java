package checkpolicy.facts;

/** The kinds of concrete value a policy can state and a law can ask for. */
public enum ValueKind { EMAIL, PHONE, POSTAL, URL, PERSON_OR_ROLE, DATE, DURATION, AGE, COUNTRY, LANGUAGE, DATA_ITEM }
