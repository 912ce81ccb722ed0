package dev.switchboard.shared.visitors;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a visit came from: the channel, the search engine and keyword when there was one, the
 * referring host and URL, and the UTM tags of the landing page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(Channel channel, String engine, String keyword, String referrerHost, String referrer, Utm utm) {

    public static final Source DIRECT = new Source(Channel.DIRECT, null, null, null, null, null);
}
