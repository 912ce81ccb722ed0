package dev.switchboard.server.visitors;

import dev.switchboard.server.auth.Tokens;
import dev.switchboard.server.infra.BatchWriter;
import dev.switchboard.shared.visitors.Device;
import dev.switchboard.shared.visitors.PageView;
import dev.switchboard.shared.visitors.Source;
import dev.switchboard.shared.visitors.VisitorStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Records what visitors do: who they are, their visits and page views, in the database and in
 * the live tracker. Writes go through one {@link BatchWriter} (group commit), so a burst of
 * arrivals costs few commits; a visitor's welcome is sent only after their arrival committed.
 * One visitor's arrivals and departures are serialized by a striped lock, so two tabs opening at
 * once update the live list in the order they were recorded.
 */
final class VisitorRecorder {

    /** A visit ends after this long without a page. */
    static final Duration VISIT_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration WRITE_WAIT = Duration.ofSeconds(30);
    private static final int STRIPES = 64;

    /** What a hello established: the identity the browser must keep, and whether it is a returning visitor. */
    record Arrival(String visitorId, String token, boolean returning) {
    }

    private record Recorded(String visitorId, String token, boolean returning, VisitRecord visit, int visitCount, long pageViewId,
                            String customerLevel) {
    }

    private final BatchWriter writer;
    private final Clock clock;
    private final VisitorTracker tracker;
    private final SourceAnalyzer sources;
    private final DeviceDetector devices;
    private final RegionLookup regions;
    private final VisitorStore store = new VisitorStore();
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    VisitorRecorder(BatchWriter writer, Clock clock, VisitorTracker tracker, SourceAnalyzer sources, DeviceDetector devices,
                    RegionLookup regions) {
        this.writer = writer;
        this.clock = clock;
        this.tracker = tracker;
        this.sources = sources;
        this.devices = devices;
        this.regions = regions;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /**
     * A page said hello: confirms the browser's identity (or gives it a new one when the claimed
     * id's token does not match), continues or starts a visit, records the page view, and shows
     * the visitor live.
     */
    Arrival arrive(VisitorPage page, String site, String claimedId, String claimedToken, PageView view) {
        Instant now = clock.instant();
        Source source = sources.analyze(view.url(), view.referrer());
        Device device = devices.detect(page.userAgent);
        String region = regions.regionOf(page.ip).orElse(null);
        ReentrantLock lock = stripe(claimedId == null ? page.id() : claimedId);
        lock.lock();
        try {
            Recorded recorded = await(writer.submit(handle -> record(handle, page, site, claimedId, claimedToken, view, source, device, region, now)));
            page.visitorId = recorded.visitorId();
            page.pageViewId = recorded.pageViewId();
            page.visitId = recorded.visit().id();
            page.openedAt = now;
            tracker.getOrCreate(recorded.visitorId(), site);
            tracker.update(recorded.visitorId(), visitor -> {
                visitor.visit = recorded.visit();
                visitor.visitCount = recorded.visitCount();
                visitor.customerLevel = recorded.customerLevel();
                visitor.currentUrl = view.url();
                visitor.currentTitle = view.title();
                visitor.pageSince = now;
                visitor.pagesViewed = recorded.visit().pagesViewed() + 1;
                visitor.pages.add(page);
                visitor.leftAt = null;
                // back from LEFT, or new in the list: either way chatting, invited or browsing, as the visitor is now
                visitor.status = tracker.presentStatus(visitor);
            });
            return new Arrival(recorded.visitorId(), recorded.token(), recorded.returning());
        } finally {
            lock.unlock();
        }
    }

    private Recorded record(Handle handle, VisitorPage page, String site, String claimedId, String claimedToken, PageView view,
                            Source source, Device device, String region, Instant now) {
        Optional<VisitorStore.StoredVisitor> known = Optional.empty();
        if (claimedId != null && claimedToken != null && claimedId.length() <= 32 && claimedToken.length() <= 64) {
            known = store.findVisitor(handle, claimedId)
                    .filter(stored -> stored.site().equals(site) && stored.tokenHash().equals(Tokens.hash(claimedToken)));
        }
        String visitorId = known.map(VisitorStore.StoredVisitor::id).orElseGet(VisitorIdentity::newId);
        String token = known.isPresent() ? claimedToken : VisitorIdentity.newToken();
        int visitCount = known.map(VisitorStore.StoredVisitor::visitCount).orElse(0);
        if (known.isEmpty()) {
            store.insertVisitor(handle, visitorId, site, Tokens.hash(token), now);
        }
        Optional<VisitRecord> ongoing = known.isEmpty() ? Optional.empty() : store.latestVisit(handle, visitorId)
                .filter(visit -> visit.lastSeenAt().isAfter(now.minus(VISIT_TIMEOUT)));
        VisitRecord visit;
        if (ongoing.isPresent()) {
            visit = ongoing.get();
        } else {
            VisitRecord fresh = new VisitRecord(0, visitorId, now, now, view.url(), source, device, view.language(), view.screen(),
                    page.ip, region, 0);
            visit = store.findVisit(handle, store.insertVisit(handle, fresh)).orElseThrow();
            visitCount++;
        }
        long pageViewId = store.insertPageView(handle, visit.id(), visitorId, view.url(), view.title(), view.referrer(), now);
        return new Recorded(visitorId, token, visitCount > 1, visit, visitCount, pageViewId,
                known.map(VisitorStore.StoredVisitor::customerLevel).orElse(null));
    }

    /**
     * Staff gave the visitor a customer level (null: none): stored together with
     * {@code alsoInTransaction} (the audit entry), then shown in the live list. Serialized with the
     * visitor's arrivals, so an arrival cannot put back a level it read just before the change.
     * False when there is no such visitor.
     */
    boolean setCustomerLevel(String visitorId, String level, Consumer<Handle> alsoInTransaction) {
        ReentrantLock lock = stripe(visitorId);
        lock.lock();
        try {
            boolean stored = await(writer.submit(handle -> {
                if (!store.updateCustomerLevel(handle, visitorId, level)) {
                    return false;
                }
                alsoInTransaction.accept(handle);
                return true;
            }));
            if (stored) {
                tracker.update(visitorId, visitor -> visitor.customerLevel = level);
            }
            return stored;
        } finally {
            lock.unlock();
        }
    }

    /** A single-page site moved on within the same socket: the old page view ends, a new one starts. */
    void pageChanged(VisitorPage page, PageView view) {
        String visitorId = page.visitorId;
        ReentrantLock lock = stripe(visitorId);
        lock.lock();
        try {
            Instant now = clock.instant();
            long previous = page.pageViewId;
            long seconds = page.openedAt == null ? 0 : Duration.between(page.openedAt, now).toSeconds();
            long visitId = page.visitId;
            long pageViewId = await(writer.submit(handle -> {
                store.closePageView(handle, previous, seconds);
                return store.insertPageView(handle, visitId, visitorId, view.url(), view.title(), view.referrer(), now);
            }));
            page.pageViewId = pageViewId;
            page.openedAt = now;
            tracker.update(visitorId, visitor -> {
                visitor.currentUrl = view.url();
                visitor.currentTitle = view.title();
                visitor.pageSince = now;
                visitor.pagesViewed++;
            });
        } finally {
            lock.unlock();
        }
    }

    /** The widget says the page is being left after {@code seconds}. */
    void pageLeft(VisitorPage page, long seconds) {
        long pageViewId = page.pageViewId;
        if (pageViewId != 0) {
            long bounded = Math.max(0, Math.min(seconds, Duration.ofDays(1).toSeconds()));
            writer.submit(handle -> {
                store.closePageView(handle, pageViewId, bounded);
                return null;
            });
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
            long pageViewId = page.pageViewId;
            long visitId = page.visitId;
            writer.submit(handle -> {
                store.closePageView(handle, pageViewId, seconds);
                store.touchVisit(handle, visitId, visitorId, now);
                return null;
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

    private ReentrantLock stripe(String key) {
        return stripes[Math.floorMod(key.hashCode(), STRIPES)];
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(WRITE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the database did not record the visit within " + WRITE_WAIT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
