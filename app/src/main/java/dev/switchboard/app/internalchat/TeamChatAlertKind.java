package dev.switchboard.app.internalchat;

import dev.switchboard.app.alerts.AlertKind;
import dev.switchboard.app.notify.Chime;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** What in the team chat needs the agent. */
public enum TeamChatAlertKind implements AlertKind {
    /** Colleagues wrote in a conversation the agent is not looking at. */
    MESSAGE;

    @Override
    public Chime chime() {
        return Chime.MESSAGE;
    }

    @Override
    public Ikon icon() {
        return Material2AL.FORUM;
    }

    @Override
    public boolean warning() {
        return false;
    }

    @Override
    public String openTextKey() {
        return "alerts.open";
    }
}
