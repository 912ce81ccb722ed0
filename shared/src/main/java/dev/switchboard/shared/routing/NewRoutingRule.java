package dev.switchboard.shared.routing;

import dev.switchboard.shared.visitors.Channel;

/**
 * Body of {@code POST /api/v1/routing-rules} and {@code PUT /api/v1/routing-rules/{id}}. A rule
 * needs at least one condition, or {@code catchAll: true} and none. {@code PUT} replaces the rule
 * and must carry the {@code version} it was read with.
 */
public record NewRoutingRule(
        String name,
        Boolean enabled,
        Channel channel,
        String engine,
        String keyword,
        String urlPattern,
        String language,
        String questionType,
        String customerLevel,
        Boolean returning,
        Boolean catchAll,
        Long groupId,
        Long version) {
}
