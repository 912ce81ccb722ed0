package dev.switchboard.app.visitors;

import dev.switchboard.shared.visitors.Block;
import dev.switchboard.shared.visitors.Invitation;
import dev.switchboard.shared.visitors.VisitorDetail;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * What the agent can ask the server about a visitor. Calls run in the background; failures are
 * {@link dev.switchboard.app.net.ApiException}s, e.g. a 409 problem when the visitor left.
 */
public interface VisitorService {

    CompletableFuture<VisitorDetail> detail(String visitorId);

    /**
     * {@code forced} opens the visitor's chat window at once instead of showing the invitation;
     * {@code message} null sends the server's standard greeting in the visitor's language.
     */
    CompletableFuture<Invitation> invite(String visitorId, String message, boolean forced);

    /** Blocks the visitor, and their current address with {@code blockAddress}; {@code expiresAt} null for good. */
    CompletableFuture<Block> block(String visitorId, String reason, boolean blockAddress, Instant expiresAt);

    /** Gives the visitor a customer level ({@code null} takes it away); answers the visitor as agents now see them. */
    CompletableFuture<VisitorSummary> setLevel(String visitorId, String level);
}
