package dev.switchboard.server.distribution;

import dev.switchboard.shared.visitors.Channel;

/**
 * What routing rules see of an item's request (its {@link WorkClient} says): where the visitor
 * came from, where they are, what they said in the form, and who they are to us.
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
