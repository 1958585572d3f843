package checkpolicy.report;

/** Letter grades for scores, so a reader can compare policies at a glance. */
public final class Grade {

    private static final double[] FLOORS = {90, 80, 65, 50, 35};
    private static final String[] LETTERS = {"A", "B", "C", "D", "E"};

    private Grade() {}

    /** A ≥ 90, B ≥ 80, C ≥ 65, D ≥ 50, E ≥ 35, F below; "-" when there is no score. */
    public static String of(Double score) {
        if (score == null) return "-";
        for (int i = 0; i < FLOORS.length; i++) {
            if (score >= FLOORS[i]) return LETTERS[i];
        }
        return "F";
    }
}
