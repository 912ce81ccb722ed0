package dev.switchboard.shared.routing;

import dev.switchboard.shared.visitors.Channel;

/**
 * Body of {@code POST /api/v1/routing-rules/test}: a chat request as routing sees it, to be
 * routed on the current rules and agents without assigning anything. Every field is optional.
 *
 * @param visitorId when set, the returning-visitor strategy looks up who served them last
 */
public record RoutingTestRequest(
        String visitorId,
        Channel channel,
        String engine,
        String keyword,
        String landingUrl,
        String currentUrl,
        String language,
        String questionType,
        String customerLevel,
        Boolean returning) {
}
