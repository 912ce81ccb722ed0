package dev.switchboard.app.alerts;

import dev.switchboard.app.notify.Chime;
import org.kordamp.ikonli.Ikon;

/**
 * What kind of thing needs the agent: each kind with its own chime, so that they hear which it is,
 * and its own look on the alert card. Features define their kinds (a new chat, a long wait).
 */
public interface AlertKind {

    Chime chime();

    Ikon icon();

    /** Shown as a warning rather than as news. */
    boolean warning();

    /** The bundle key of the card's button that opens the alert. */
    String openTextKey();

    /**
     * News rather than a task (new messages in a chat the agent has open already): it goes by
     * itself {@link AlertBoard#INFORMATIONAL_FOR} after it came, once the agent has had the window
     * in front. Others (a new chat, an offer to accept, a visitor waiting) stay until handled.
     */
    default boolean informational() {
        return false;
    }
}
