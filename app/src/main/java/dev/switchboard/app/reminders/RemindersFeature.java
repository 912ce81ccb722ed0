package dev.switchboard.app.reminders;

import dev.switchboard.app.chat.SessionChats;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.shared.automation.AutoMessages;
import dev.switchboard.shared.sensitive.SensitiveWordFlag;

/**
 * What the backend's automatic messages and sensitive words tell the workstation: an alert when a
 * visitor has waited too long for the agent's answer ({@code chat.reminder}) and when a visitor
 * wrote sensitive words ({@code chat.flagged}, to supervisors and the chat's agents). Comes after
 * the chats, whose visitors' names it shows.
 */
public final class RemindersFeature implements Feature {

    @Override
    public void joinSession(SessionContext session) {
        ReminderRelay relay = new ReminderRelay();
        session.handle(AutoMessages.REMINDER, AutoMessages.Reminder.class, relay::reminded);
        session.handle(SensitiveWordFlag.FLAGGED, SensitiveWordFlag.class, relay::flagged);
        session.provide(ReminderRelay.class, relay);
    }

    @Override
    public void openWindow(WindowContext window) {
        SessionChats chats = window.require(SessionChats.class);
        ReminderAlerts alerts = new ReminderAlerts(window.alerts(), () -> chats.snapshots().get(), window.app().i18n(), window.app().clock(),
                window.app().fx());
        window.require(ReminderRelay.class).showIn(alerts);
        window.alertSource(alerts);
    }
}
