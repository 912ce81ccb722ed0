package dev.switchboard.shared.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.shared.visitors.Channel;

/**
 * A chat routing rule as administrators edit it. Rules are tried in {@code position} order; the
 * first enabled one whose conditions all hold sends the chat to {@code groupId}. Unset (null)
 * conditions are ignored; a rule with none is a catch-all.
 *
 * @param engine        search engine, e.g. {@code baidu} (case-insensitive)
 * @param keyword       the search keyword contains this text (case-insensitive)
 * @param urlPattern    a glob on the current or the landing page: {@code *} is any characters
 * @param language      the browser language starts with this, e.g. {@code en} or {@code zh-CN}
 * @param questionType  the pre-chat form's {@code question} answer, exactly
 * @param customerLevel the visitor's customer level, e.g. {@code VIP} (case-insensitive)
 * @param returning     true: only returning visitors; false: only first-time visitors
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoutingRule(
        long id,
        int position,
        String name,
        boolean enabled,
        Channel channel,
        String engine,
        String keyword,
        String urlPattern,
        String language,
        String questionType,
        String customerLevel,
        Boolean returning,
        boolean catchAll,
        long groupId,
        long version) {

    /** The change log's entity name of routing rules (synced to supervisors and administrators). */
    public static final String ENTITY = "routing_rule";
}
