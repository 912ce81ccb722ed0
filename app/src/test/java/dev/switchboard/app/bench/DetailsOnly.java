package dev.switchboard.app.bench;

import dev.switchboard.app.visitors.VisitorService;
import dev.switchboard.shared.visitors.Block;
import dev.switchboard.shared.visitors.Invitation;
import dev.switchboard.shared.visitors.TrailEntry;
import dev.switchboard.shared.visitors.VisitorDetail;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Answers the details pane at once from the synthetic visitors; the benchmark never invites, blocks or sets levels. */
final class DetailsOnly implements VisitorService {

    private final SyntheticVisitors visitors;

    DetailsOnly(SyntheticVisitors visitors) {
        this.visitors = visitors;
    }

    @Override
    public CompletableFuture<VisitorDetail> detail(String visitorId) {
        VisitorSummary visitor = visitors.find(visitorId);
        if (visitor == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("gone: " + visitorId));
        }
        return CompletableFuture.completedFuture(new VisitorDetail(visitor, "203.0.113.7",
                List.of(new TrailEntry(visitor.landingUrl(), "Landing", visitor.visitStartedAt(), 30L),
                        new TrailEntry(visitor.currentUrl(), visitor.currentTitle(), visitor.pageSince(), null)),
                List.of()));
    }

    @Override
    public CompletableFuture<Invitation> invite(String visitorId, String message, boolean forced) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("not benchmarked"));
    }

    @Override
    public CompletableFuture<Block> block(String visitorId, String reason, boolean blockAddress, Instant expiresAt) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("not benchmarked"));
    }

    @Override
    public CompletableFuture<VisitorSummary> setLevel(String visitorId, String level) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("not benchmarked"));
    }
}
