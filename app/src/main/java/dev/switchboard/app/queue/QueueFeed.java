package dev.switchboard.app.queue;

import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.app.platform.Coalescer;
import dev.switchboard.shared.chat.QueueSnapshot;
import dev.switchboard.shared.ws.Envelope;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The waiting queues of the agent's groups (a supervisor's: every group) as the server last pushed
 * them ({@code chat.queue}, at most one a second), carried from the socket thread to the FX thread.
 */
public final class QueueFeed {

    private static final Logger LOG = LoggerFactory.getLogger(QueueFeed.class);

    private final ReadOnlyObjectWrapper<QueueSnapshot> queue = new ReadOnlyObjectWrapper<>(new QueueSnapshot(List.of()));
    private final Coalescer<QueueSnapshot> toFx;

    QueueFeed(Executor fx) {
        this.toFx = Coalescer.latest(fx, queue::set);
    }

    /** A {@code chat.queue} message; any thread. */
    void received(Envelope envelope) {
        try {
            toFx.offer(ProtocolJson.read(envelope.payload(), QueueSnapshot.class));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring an unreadable queue message: {}", e.getMessage());
        }
    }

    /** The newest queues, on the FX thread. */
    public ReadOnlyObjectProperty<QueueSnapshot> snapshots() {
        return queue.getReadOnlyProperty();
    }
}
