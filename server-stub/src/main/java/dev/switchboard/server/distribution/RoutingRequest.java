package dev.switchboard.server.distribution;

import dev.switchboard.shared.visitors.Channel;

/**
 * What routing rules see of an item's request (its {@link WorkClient} says): where the visitor
 * came from, where they are, what they said in the form, and who they are to us.
 *
 * @param requestedAgentId the agent the request is for, or null: a visitor who accepted an agent's
 *                         invitation goes to that agent whenever they can take it ({@link Router})
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
        boolean returning,
        Long requestedAgentId) {

    /** A request for no agent in particular. */
    public RoutingRequest(String visitorId, Channel channel, String engine, String keyword, String landingUrl, String currentUrl,
                          String language, String questionType, String customerLevel, boolean returning) {
        this(visitorId, channel, engine, keyword, landingUrl, currentUrl, language, questionType, customerLevel, returning, null);
    }
}
