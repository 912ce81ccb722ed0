package dev.switchboard.server.visitors;

import dev.switchboard.server.auth.Tokens;
import dev.switchboard.shared.visitors.PageView;
import dev.switchboard.shared.visitors.VisitorStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;

/**
 * Records what visitors do: who they are, their visits and page views, in the database and in
 * the live tracker. One visitor's arrivals and departures are serialized by a striped lock, so
 * two tabs opening at once cannot start two visits.
 */
final class VisitorRecorder {

    /** A visit ends after this long without a page. */
    static final Duration VISIT_TIMEOUT = Duration.ofMinutes(30);
    private static final int STRIPES = 64;

    /** What a hello established: the identity the browser must keep, and whether it is a returning visitor. */
    record Arrival(String visitorId, String token, boolean returning) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final VisitorTracker tracker;
    private final SourceAnalyzer sources;
    private final DeviceDetector devices;
    private final VisitorStore store = new VisitorStore();
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    VisitorRecorder(Jdbi jdbi, Clock clock, VisitorTracker tracker, SourceAnalyzer sources, DeviceDetector devices) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.tracker = tracker;
        this.sources = sources;
        this.devices = devices;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Resolves the browser's identity: the claimed one if its token matches, a new one otherwise. */
    Arrival identify(String site, String claimedId, String claimedToken) {
        Instant now = clock.instant();
        if (claimedId != null && claimedToken != null && claimedId.length() <= 32 && claimedToken.length() <= 64) {
            Optional<VisitorStore.StoredVisitor> stored = jdbi.withHandle(handle -> store.findVisitor(handle, claimedId));
            if (stored.isPresent() && stored.get().site().equals(site) && stored.get().tokenHash().equals(Tokens.hash(claimedToken))) {
                return new Arrival(claimedId, claimedToken, stored.get().visitCount() > 0);
            }
        }
        String id = VisitorIdentity.newId();
        String token = VisitorIdentity.newToken();
        jdbi.useHandle(handle -> store.insertVisitor(handle, id, site, Tokens.hash(token), now));
        return new Arrival(id, token, false);
    }

    /** The page opened: continue or start a visit, record the page view, and show it live. */
    void pageOpened(VisitorPage page, String site, String visitorId, PageView view) {
        ReentrantLock lock = stripe(visitorId);
        lock.lock();
        try {
            Instant now = clock.instant();
            record Recorded(VisitRecord visit, int visitCount, long pageViewId) {
            }
            Recorded recorded = jdbi.inTransaction(handle -> {
                VisitorStore.StoredVisitor visitor = store.findVisitor(handle, visitorId).orElseThrow();
                Optional<VisitRecord> latest = store.latestVisit(handle, visitorId)
                        .filter(visit -> visit.lastSeenAt().isAfter(now.minus(VISIT_TIMEOUT)));
                VisitRecord visit;
                int visitCount = visitor.visitCount();
                if (latest.isPresent()) {
                    visit = latest.get();
                } else {
                    VisitRecord fresh = new VisitRecord(0, visitorId, now, now, view.url(), sources.analyze(view.url(), view.referrer()),
                            devices.detect(page.userAgent), view.language(), view.screen(), page.ip, null, 0);
                    long id = store.insertVisit(handle, fresh);
                    visit = store.findVisit(handle, id).orElseThrow();
                    visitCount++;
                }
                long pageViewId = store.insertPageView(handle, visit.id(), visitorId, view.url(), view.title(), view.referrer(), now);
                return new Recorded(visit, visitCount, pageViewId);
            });
            page.visitorId = visitorId;
            page.pageViewId = recorded.pageViewId();
            page.openedAt = now;
            tracker.getOrCreate(visitorId, site);
            tracker.update(visitorId, visitor -> {
                visitor.visit = recorded.visit();
                visitor.visitCount = recorded.visitCount();
                visitor.currentUrl = view.url();
                visitor.currentTitle = view.title();
                visitor.pageSince = now;
                visitor.pagesViewed = recorded.visit().pagesViewed() + 1;
                visitor.pages.add(page);
                visitor.leftAt = null;
                if (visitor.status == VisitorStatus.LEFT) {
                    visitor.status = visitor.pendingInvitationId != null ? VisitorStatus.INVITED : VisitorStatus.BROWSING;
                }
            });
        } finally {
            lock.unlock();
        }
    }

    /** The widget says the page is being left after {@code seconds}. */
    void pageLeft(VisitorPage page, long seconds) {
        if (page.pageViewId != 0) {
            long bounded = Math.max(0, Math.min(seconds, Duration.ofDays(1).toSeconds()));
            jdbi.useHandle(handle -> store.closePageView(handle, page.pageViewId, bounded));
        }
    }

    /** The page's socket closed: when it was the visitor's last page, they left. */
    void pageClosed(VisitorPage page) {
        String visitorId = page.visitorId;
        if (visitorId == null) {
            return;
        }
        ReentrantLock lock = stripe(visitorId);
        lock.lock();
        try {
            Instant now = clock.instant();
            long seconds = page.openedAt == null ? 0 : Duration.between(page.openedAt, now).toSeconds();
            jdbi.useHandle(handle -> {
                store.closePageView(handle, page.pageViewId, seconds);
                tracker.live(visitorId).ifPresent(live -> {
                    long visitId;
                    synchronized (live) {
                        visitId = live.visit == null ? 0 : live.visit.id();
                    }
                    if (visitId != 0) {
                        store.touchVisit(handle, visitId, visitorId, now);
                    }
                });
            });
            tracker.update(visitorId, visitor -> {
                visitor.pages.remove(page);
                if (visitor.pages.isEmpty()) {
                    visitor.status = VisitorStatus.LEFT;
                    visitor.leftAt = now;
                }
            });
        } finally {
            lock.unlock();
        }
    }

    private ReentrantLock stripe(String visitorId) {
        return stripes[Math.floorMod(visitorId.hashCode(), STRIPES)];
    }
}
