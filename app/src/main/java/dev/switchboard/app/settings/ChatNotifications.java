package dev.switchboard.app.settings;

/**
 * Which chat events raise a notification (tray, sound, attention request), and after how long a
 * visitor waiting in the agent's groups' queue counts as waiting long.
 */
public record ChatNotifications(boolean newChats, boolean messages, boolean transfers, boolean longWait, int longWaitSeconds) {

    public static final int MIN_WAIT_SECONDS = 10;
    public static final int MAX_WAIT_SECONDS = 3600;
    public static final ChatNotifications DEFAULTS = new ChatNotifications(true, true, true, true, 60);

    public ChatNotifications {
        longWaitSeconds = Math.max(MIN_WAIT_SECONDS, Math.min(MAX_WAIT_SECONDS, longWaitSeconds));
    }
}
