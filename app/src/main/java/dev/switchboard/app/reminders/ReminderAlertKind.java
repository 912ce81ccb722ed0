package dev.switchboard.app.reminders;

import dev.switchboard.app.alerts.AlertKind;
import dev.switchboard.app.notify.Chime;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** What the backend's sweep and checks tell agents and supervisors about chats. */
public enum ReminderAlertKind implements AlertKind {
    /** A visitor has waited too long for the agent's answer. */
    VISITOR_WAITING(Chime.WAITING, Material2AL.HOURGLASS_BOTTOM, "reminders.answer"),
    /** A visitor wrote sensitive words. */
    SENSITIVE_WORDS(Chime.NOTICE, Material2MZ.REPORT, "alerts.open");

    private final Chime chime;
    private final Ikon icon;
    private final String openTextKey;

    ReminderAlertKind(Chime chime, Ikon icon, String openTextKey) {
        this.chime = chime;
        this.icon = icon;
        this.openTextKey = openTextKey;
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
        return true;
    }

    @Override
    public String openTextKey() {
        return openTextKey;
    }
}
