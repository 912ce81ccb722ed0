package dev.switchboard.app.feature;

import java.util.Optional;

/**
 * What a feature warns of before the agent signs out or quits (ADR 0013): open chats, say. Asked
 * on the FX thread; a warning makes the window ask the agent to confirm.
 */
@FunctionalInterface
public interface LeaveGuard {

    /** How the agent is leaving. */
    enum Leaving {
        /** Signing out: the session ends. */
        SIGN_OUT,
        /** Quitting the workstation: the session stays, but nothing is connected. */
        QUIT
    }

    /** The warning about leaving this way, in the agent's language; empty when there is nothing to warn of. */
    Optional<String> warning(Leaving leaving);
}
