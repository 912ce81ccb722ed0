package dev.switchboard.server.distribution;

import dev.switchboard.shared.visitors.Channel;

/**
 * A routing rule: every condition that is set must hold; the first matching rule in
 * {@code position} order names the group. Null conditions are ignored.
 *
 * @param urlPattern glob ({@code *} = anything) on the current or the landing page
 */
public record RoutingRule(long id, int position, String name, boolean enabled, Channel channel, String engine, String keyword,
                          String urlPattern, String language, String questionType, String customerLevel, Boolean returning,
                          long groupId) {
}
