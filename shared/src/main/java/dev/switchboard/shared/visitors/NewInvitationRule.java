package dev.switchboard.shared.visitors;

/**
 * Body of {@code POST /api/v1/invitation-rules} and {@code PUT /api/v1/invitation-rules/{id}}.
 * {@code PUT} replaces the rule and must carry the {@code version} it was read with.
 */
public record NewInvitationRule(
        String name,
        Boolean enabled,
        String site,
        Integer minSecondsOnPage,
        String urlPattern,
        Integer minPagesViewed,
        Channel channel,
        String engine,
        String keyword,
        Boolean returning,
        String language,
        Long groupId,
        String message,
        Boolean forced,
        Integer cooldownMinutes,
        Long version) {

    /** A new rule (no version: it has none yet). */
    public NewInvitationRule(String name, Boolean enabled, String site, Integer minSecondsOnPage, String urlPattern, Integer minPagesViewed,
                             Channel channel, String engine, String keyword, Boolean returning, String language, Long groupId, String message,
                             Boolean forced, Integer cooldownMinutes) {
        this(name, enabled, site, minSecondsOnPage, urlPattern, minPagesViewed, channel, engine, keyword, returning, language, groupId, message,
                forced, cooldownMinutes, null);
    }
}
