package dev.switchboard.shared.visitors;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An automatic invitation. Every condition that is set must hold; unset (null) conditions are
 * ignored. It fires only while an agent of {@code groupId} has free capacity, and at most once
 * per visitor per {@code cooldownMinutes}.
 *
 * @param urlPattern   a glob on the current URL: {@code *} any characters, e.g. {@code *\/pricing*}
 * @param keyword      the search keyword contains this text (case-insensitive)
 * @param returning    true: only returning visitors; false: only first-time visitors
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvitationRule(
        long id,
        String name,
        boolean enabled,
        String site,
        Integer minSecondsOnPage,
        String urlPattern,
        Integer minPagesViewed,
        Channel channel,
        String engine,
        String keyword,
        Boolean returning,
        String language,
        long groupId,
        String message,
        boolean forced,
        int cooldownMinutes,
        long version) {

    /** The change log's entity name of invitation rules (synced to supervisors and administrators). */
    public static final String ENTITY = "invitation_rule";
}
