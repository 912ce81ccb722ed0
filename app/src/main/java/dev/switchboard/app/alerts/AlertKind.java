package dev.switchboard.app.alerts;

import dev.switchboard.app.notify.Chime;

/** What needs the agent: each kind with its own chime, so that they hear which it is. */
public enum AlertKind {
    /** A chat was routed to the agent. */
    NEW_CHAT(Chime.NEW_CHAT),
    /** A chat waits for the agent to accept it. */
    OFFER(Chime.NEW_CHAT),
    /** A colleague (or a supervisor) handed a chat to the agent. */
    TRANSFER(Chime.TRANSFER),
    /** A colleague asked the agent to help in a chat. */
    ASSIST(Chime.TRANSFER),
    /** Messages arrived in a chat the agent is not looking at. */
    MESSAGE(Chime.MESSAGE),
    /** A visitor has waited long in the queue of one of the agent's groups. */
    LONG_WAIT(Chime.WAITING);

    private final Chime chime;

    AlertKind(Chime chime) {
        this.chime = chime;
    }

    public Chime chime() {
        return chime;
    }
}
