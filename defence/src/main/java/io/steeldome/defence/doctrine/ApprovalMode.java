package io.steeldome.defence.doctrine;

/** Who may approve engagements. */
public enum ApprovalMode {
    /** Simulation only: every recommendation is approved at once by the simulation, and the records say so. */
    AUTO_SIMULATION("auto"),
    /** Live: a named operator approves or rejects each recommendation; none proceeds before that. */
    OPERATOR("operator");

    private final String label;

    ApprovalMode(String label) {
        this.label = label;
    }

    /** Short lower-case label for files: "auto" or "operator". */
    public String label() {
        return label;
    }
}
