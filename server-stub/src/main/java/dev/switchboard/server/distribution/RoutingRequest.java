package dev.switchboard.server.distribution;

import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.util.Optional;

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

    /**
     * What routing sees of a visitor as the live list knows them (nothing but the id when they are
     * not in it), with the question type they picked (null: none) and the agent the request is for (null: none).
     */
    public static RoutingRequest ofVisitor(String visitorId, Optional<VisitorSummary> visitor, String questionType, Long requestedAgentId) {
        return new RoutingRequest(visitorId,
                visitor.map(v -> v.source() == null ? Channel.DIRECT : v.source().channel()).orElse(Channel.DIRECT),
                visitor.map(v -> v.source() == null ? null : v.source().engine()).orElse(null),
                visitor.map(v -> v.source() == null ? null : v.source().keyword()).orElse(null),
                visitor.map(VisitorSummary::landingUrl).orElse(null), visitor.map(VisitorSummary::currentUrl).orElse(null),
                visitor.map(VisitorSummary::language).orElse(null), questionType,
                visitor.map(VisitorSummary::customerLevel).orElse(null), visitor.map(v -> v.visitCount() > 1).orElse(false),
                requestedAgentId);
    }

    /** A request for no agent in particular. */
    public RoutingRequest(String visitorId, Channel channel, String engine, String keyword, String landingUrl, String currentUrl,
                          String language, String questionType, String customerLevel, boolean returning) {
        this(visitorId, channel, engine, keyword, landingUrl, currentUrl, language, questionType, customerLevel, returning, null);
    }
}
