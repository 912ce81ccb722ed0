package dev.switchboard.server.distribution;

import dev.switchboard.shared.chat.RoutingReasons;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The feature whose work the engine distributes (chat now; tickets and callbacks next), as the
 * engine calls it: what routing rules see of an item, the feature's own writes when agents take
 * items, and what to tell people of the outcome. The feature builds its client before the engine's
 * {@link WorkQueue} and hands it over at construction, so neither needs a setter to reach the other.
 * Every call but {@link #attributes} comes under the queue's decision lock: a call must not wait
 * on anything that waits for the queue.
 */
public interface WorkClient {

    /** What the routing rules look at for this item. */
    RoutingRequest attributes(WorkItem item);

    /**
     * Agents take these items, in the transaction that makes them owners (not committed yet): the
     * feature's own writes that belong with it (a chat's owner joins it, with a "joined" line).
     *
     * @return what to tell people once the transaction committed
     */
    Runnable assigning(Handle handle, List<Assignment> assignments);

    /** The item was offered to the agent (committed), who takes it or lets it go until {@code expiresAt}. */
    void offered(long itemId, long agentId, Instant expiresAt);

    /** The offer was taken back (time-out, declined, the agent left the group). */
    void offerWithdrawn(long itemId, long agentId);

    /** Requesters' places in their queues, to tell them. */
    void waiting(List<QueuePlace> places);

    /**
     * An agent takes an item (applied in the transaction at hand), with the reasons the item is shown
     * with and the step of its routing history: routed by the rules, or taken or assigned by hand
     * (which the feature audits).
     */
    record Assignment(long itemId, long agentId, String agentName, Instant at, RoutingReasons reasons, WorkStep step) {
    }

    /**
     * A waiting item's place in its group's queue (1 is next), the estimated wait, and whether it
     * waited longer than its group allows or its group has nobody online.
     */
    record QueuePlace(long itemId, String requesterId, int position, int estimatedWaitSeconds, boolean overdue) {
    }

    /** An offer still open, as it was made. */
    record OpenOffer(long itemId, Instant expiresAt) {
    }
}
