package dev.switchboard.app.reminders;

import dev.switchboard.app.chat.SessionChats;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.automation.AutoMessages;
import dev.switchboard.shared.sensitive.SensitiveWordFlag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the backend's automatic messages and sensitive words tell the workstation: an alert when a
 * visitor has waited too long for the agent's answer ({@code chat.reminder}) and when a visitor
 * wrote sensitive words ({@code chat.flagged}, to supervisors and the chat's agents), until a
 * supervisor acknowledges it ({@code chat.flag-acknowledged}). Offers {@link SensitiveFlags} to the
 * features after it (supervision marks flagged messages). Comes after the chats, whose visitors'
 * names it shows.
 */
public final class RemindersFeature implements Feature {

    private static final Logger LOG = LoggerFactory.getLogger(RemindersFeature.class);

    @Override
    public void joinSession(SessionContext session) {
        ReminderRelay relay = new ReminderRelay();
        SensitiveFlags flags = new SensitiveFlags(session.app().api(), session.session(), session.app().background().io());
        session.handle(AutoMessages.REMINDER, AutoMessages.Reminder.class, relay::reminded);
        session.handle(SensitiveWordFlag.FLAGGED, SensitiveWordFlag.class, flag -> {
            relay.flagged(flag);
            flags.told(flag);
        });
        session.handle(SensitiveWordFlag.ACKNOWLEDGED, SensitiveWordFlag.class, flag -> {
            relay.acknowledged(flag);
            flags.told(flag);
        });
        // a supervisor is shown the flags still waiting for a look whenever the workstation (re)connects: they are
        // kept by the backend, not by a workstation that may have been closed when they came
        session.onConnectionChanged(state -> {
            if (state == ConnectionState.CONNECTED && session.live().selfProperty().get().role().atLeast(Role.SUPERVISOR)) {
                flags.waiting().whenComplete((waiting, failure) -> {
                    if (failure != null) {
                        LOG.warn("Could not read the flags waiting for a look: {}", failure.getMessage());
                    } else {
                        waiting.forEach(relay::flagged);
                    }
                });
            }
        });
        session.provide(ReminderRelay.class, relay);
        session.provide(SensitiveFlags.class, flags);
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
