package dev.switchboard.app.queue;

import dev.switchboard.app.alerts.AlertKind;
import dev.switchboard.app.notify.Chime;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** What in the waiting queues needs the agent. */
public enum QueueAlertKind implements AlertKind {
    /** A visitor has waited long in the queue of one of the agent's groups. */
    LONG_WAIT;

    @Override
    public Chime chime() {
        return Chime.WAITING;
    }

    @Override
    public Ikon icon() {
        return Material2AL.HOURGLASS_BOTTOM;
    }

    @Override
    public boolean warning() {
        return true;
    }

    @Override
    public String openTextKey() {
        return "alerts.showQueue";
    }
}
