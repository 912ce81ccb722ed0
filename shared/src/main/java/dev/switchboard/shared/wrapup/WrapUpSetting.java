package dev.switchboard.shared.wrapup;

/**
 * A group's wrap-up rule: {@code timeLimitSeconds} after a chat ends, a required wrap-up that is
 * still missing becomes overdue and the agent is given chats again.
 */
public record WrapUpSetting(WrapUpMode mode, int timeLimitSeconds) {

    public static final int DEFAULT_TIME_LIMIT_SECONDS = 120;
    public static final int MIN_TIME_LIMIT_SECONDS = 10;
    public static final int MAX_TIME_LIMIT_SECONDS = 3600;
    public static final WrapUpSetting DEFAULT = new WrapUpSetting(WrapUpMode.OPTIONAL, DEFAULT_TIME_LIMIT_SECONDS);
}
