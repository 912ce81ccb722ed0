package dev.switchboard.shared.visitors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One online visitor as the visitor list shows them. {@code visitStartedAt} and
 * {@code pageSince} let the workstation compute time on site and on page with its own clock.
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
        long version) {
}
