package dev.switchboard.shared.visitors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One online visitor as the visitor list shows them. {@code visitStartedAt} and
 * {@code pageSince} let the workstation compute time on site and on page with its own clock.
 *
 * @param customerLevel the level staff gave the visitor (see {@link CustomerLevels}), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VisitorSummary(
        String id,
        String site,
        String currentUrl,
        String currentTitle,
        Source source,
        String landingUrl,
        Device device,
        String language,
        String region,
        Instant visitStartedAt,
        Instant pageSince,
        int pagesViewed,
        int visitCount,
        VisitorStatus status,
        boolean blocked,
        long version,
        String customerLevel) {

    /** A visitor without a customer level. */
    public VisitorSummary(String id, String site, String currentUrl, String currentTitle, Source source, String landingUrl, Device device,
                          String language, String region, Instant visitStartedAt, Instant pageSince, int pagesViewed, int visitCount,
                          VisitorStatus status, boolean blocked, long version) {
        this(id, site, currentUrl, currentTitle, source, landingUrl, device, language, region, visitStartedAt, pageSince, pagesViewed,
                visitCount, status, blocked, version, null);
    }
}
