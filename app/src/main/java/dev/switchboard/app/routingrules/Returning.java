package dev.switchboard.app.routingrules;

/** The returning-visitor condition as the editor offers it: any visitor, only returning ones, only first visits. */
enum Returning {
    ANY(null),
    RETURNING(true),
    FIRST_VISIT(false);

    private final Boolean value;

    Returning(Boolean value) {
        this.value = value;
    }

    /** The rule's {@code returning}: null for any. */
    Boolean value() {
        return value;
    }

    static Returning of(Boolean value) {
        return value == null ? ANY : value ? RETURNING : FIRST_VISIT;
    }
}
