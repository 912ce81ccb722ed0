package dev.switchboard.shared.push;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.shared.visitors.Channel;

/**
 * Which online visitors of a site a segment holds: every condition given must hold, a null one
 * does not count.
 *
 * @param site          the site's id (required)
 * @param urlPattern    the page the visitor is on, a glob such as {@code *}/products/*
 * @param channel       where the visit came from (search, social, a campaign, ...)
 * @param keyword       part of the search keyword that brought the visitor (any case)
 * @param customerLevel the level staff gave the visitor (any case), e.g. {@code VIP}
 * @param returning     true: visitors who came before; false: first visits
 * @param language      the browser's language starts with this, e.g. {@code zh} or {@code en-US}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SegmentConditions(String site, String urlPattern, Channel channel, String keyword, String customerLevel,
                                Boolean returning, String language) {
}
