package dev.switchboard.app;

import dev.switchboard.app.chat.ChatFeature;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.home.HomeFeature;
import dev.switchboard.app.presence.PresenceFeature;
import dev.switchboard.app.queue.QueueFeature;
import dev.switchboard.app.settings.SettingsFeature;
import dev.switchboard.app.supervisor.SupervisorFeature;
import dev.switchboard.app.visitors.VisitorsFeature;
import java.util.List;

/**
 * The workstation's features: a new one is a package of its own and a line here. The order is
 * the navigation's, and a feature that needs what another offers comes after it (the queue panel
 * and supervision need the chats; supervision needs the queues).
 */
public final class Features {

    public static final List<Feature> ALL = List.of(
            new VisitorsFeature(),
            new ChatFeature(),
            new HomeFeature(),
            new QueueFeature(),
            new PresenceFeature(),
            new SupervisorFeature(),
            new SettingsFeature());

    private Features() {
    }
}
