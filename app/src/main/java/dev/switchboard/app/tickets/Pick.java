package dev.switchboard.app.tickets;

/** A choice of a ticket's agent, group or category by id, {@link #NONE} for none (a choice box holds no null well). */
record Pick(Long id) {

    static final Pick NONE = new Pick(null);

    static Pick of(Long id) {
        return id == null ? NONE : new Pick(id);
    }
}
