package dev.switchboard.shared.visitors;

/** Body of {@code POST /api/v1/invitation-rules} and {@code PUT /api/v1/invitation-rules/{id}}. */
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
        Integer cooldownMinutes) {
}
