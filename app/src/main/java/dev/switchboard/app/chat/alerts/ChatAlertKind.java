package dev.switchboard.app.chat.alerts;

import dev.switchboard.app.alerts.AlertKind;
import dev.switchboard.app.notify.Chime;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** What in the agent's chats needs them. */
public enum ChatAlertKind implements AlertKind {
    /** A chat was routed to the agent. */
    NEW_CHAT(Chime.NEW_CHAT, Material2AL.CHAT),
    /** A chat waits for the agent to accept it. */
    OFFER(Chime.NEW_CHAT, Material2AL.CHAT),
    /** A colleague (or a supervisor) handed a chat to the agent. */
    TRANSFER(Chime.TRANSFER, Material2MZ.SWAP_HORIZ),
    /** A colleague asked the agent to help in a chat. */
    ASSIST(Chime.TRANSFER, Material2AL.GROUP_ADD),
    /** Messages arrived in a chat the agent is not looking at. */
    MESSAGE(Chime.MESSAGE, Material2MZ.MESSAGE);

    private final Chime chime;
    private final Ikon icon;

    ChatAlertKind(Chime chime, Ikon icon) {
        this.chime = chime;
        this.icon = icon;
    }

    @Override
    public Chime chime() {
        return chime;
    }

    @Override
    public Ikon icon() {
        return icon;
    }

    @Override
    public boolean warning() {
        return false;
    }

    @Override
    public String openTextKey() {
        return "alerts.open";
    }

    /**
     * New messages are news about a chat the agent has in a tab already, with its unread count. A
     * chat that is new to them (new, offered, transferred, to assist in) waits for them to act and
     * stays until they look at it.
     */
    @Override
    public boolean informational() {
        return this == MESSAGE;
    }
}
