package checkpolicy.facts;

/** The verdict on one requirement; {@link #credit()} is what it earns towards the score. */
public enum Status {
    MET(1.0), PARTIAL(0.5), MISSING(0.0), NOT_APPLICABLE(Double.NaN), NOT_IN_FORCE(Double.NaN);

    private final double credit;

    Status(double credit) {
        this.credit = credit;
    }

    public double credit() {
        return credit;
    }

    /** NOT_APPLICABLE and NOT_IN_FORCE findings are reported but left out of the score. */
    public boolean scored() {
        return !Double.isNaN(credit);
    }
}
