package dev.switchboard.app.reminders;

import dev.switchboard.shared.automation.AutoMessages;
import dev.switchboard.shared.sensitive.SensitiveWordFlag;

/**
 * Hands the session's reminders and flags (handled from before the window opens) to the window's
 * alerts once it has them; what comes before is dropped, as the server sends reminders again only
 * for a new wait, but a missed one is also on the chat itself.
 */
final class ReminderRelay {

    private volatile ReminderAlerts alerts;

    void showIn(ReminderAlerts windowAlerts) {
        this.alerts = windowAlerts;
    }

    void reminded(AutoMessages.Reminder reminder) {
        ReminderAlerts current = alerts;
        if (current != null) {
            current.reminded(reminder);
        }
    }

    void acknowledged(SensitiveWordFlag flag) {
        ReminderAlerts current = alerts;
        if (current != null) {
            current.acknowledged(flag);
        }
    }

    void flagged(SensitiveWordFlag flag) {
        ReminderAlerts current = alerts;
        if (current != null) {
            current.flagged(flag);
        }
    }
}
