package dev.switchboard.server.visitors;

import dev.switchboard.shared.visitors.VisitorStatus;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A visitor who is online (or left a moment ago), as the tracker keeps them in memory. Every
 * field is guarded by the object's monitor; readers take a {@link #summary()}.
 */
final class LiveVisitor {

    final String id;
    final String site;
    VisitRecord visit;
    int visitCount;
    String currentUrl;
    String currentTitle;
    Instant pageSince;
    int pagesViewed;
    final Set<VisitorPage> pages = new LinkedHashSet<>();
    VisitorStatus status = VisitorStatus.BROWSING;
    Instant leftAt;
    boolean blocked;
    long version;
    String customerLevel;
    Long pendingInvitationId;
    Instant lastAutoInvitationAt;

    LiveVisitor(String id, String site) {
        this.id = id;
        this.site = site;
    }

    boolean returning() {
        return visitCount > 1;
    }

    VisitorSummary summary() {
        return new VisitorSummary(id, site, currentUrl, currentTitle, visit.source(), visit.landingUrl(), visit.device(),
                visit.language(), visit.region(), visit.startedAt(), pageSince, pagesViewed, visitCount, status, blocked, version, customerLevel);
    }
}
