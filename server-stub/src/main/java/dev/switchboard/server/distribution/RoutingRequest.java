package dev.switchboard.server.distribution;

import dev.switchboard.shared.visitors.Channel;

/**
 * What is known about a chat request when it is routed: where the visitor came from, where they
 * are, what they said in the pre-chat form, and who they are to us.
 */
public record RoutingRequest(
        String visitorId,
        Channel channel,
        String engine,
        String keyword,
        String landingUrl,
        String currentUrl,
        String language,
        String questionType,
        String customerLevel,
        boolean returning) {
}
