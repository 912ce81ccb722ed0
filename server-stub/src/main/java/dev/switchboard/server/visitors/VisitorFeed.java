package dev.switchboard.server.visitors;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.realtime.AgentMessageHandler;
import dev.switchboard.server.realtime.AgentPeer;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.visitors.VisitorBatch;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The visitor list on agent sockets: a snapshot on subscribe, then what changed, batched. A
 * batch is serialized once and the same text goes to every workstation.
 */
final class VisitorFeed implements AgentMessageHandler {

    private static final Logger LOG = LoggerFactory.getLogger(VisitorFeed.class);

    private final VisitorTracker tracker;
    private final Map<String, AgentPeer> subscribers = new ConcurrentHashMap<>();
    /** Held while a batch or a snapshot is sent, so each workstation sees them in order. */
    private final Object sending = new Object();

    VisitorFeed(VisitorTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public Set<String> types() {
        return Set.of(MessageTypes.VISITORS_SUBSCRIBE);
    }

    @Override
    public void handle(AgentPeer peer, Envelope message) {
        peer.principal().require(Role.AGENT);
        synchronized (sending) {
            peer.sendSerialized(serialize(MessageTypes.VISITORS_SNAPSHOT, new VisitorBatch(tracker.all(), List.of())));
            subscribers.put(peer.id(), peer);
        }
    }

    @Override
    public void closed(AgentPeer peer) {
        subscribers.remove(peer.id());
    }

    /** Sends what changed since the last flush to every subscribed workstation; cheap when nothing did. */
    void flush() {
        synchronized (sending) {
            VisitorTracker.Batch batch = tracker.drain();
            if (batch.isEmpty() || subscribers.isEmpty()) {
                return;
            }
            String text = serialize(MessageTypes.VISITORS_BATCH, new VisitorBatch(batch.upserts(), batch.removed()));
            for (AgentPeer peer : subscribers.values()) {
                peer.sendSerialized(text);
            }
        }
    }

    int subscriberCount() {
        return subscribers.size();
    }

    /** The envelope's shape, written straight to text: a tree of thousands of visitors first would only make garbage. */
    private record BatchEnvelope(String type, VisitorBatch payload) {
    }

    private static String serialize(String type, VisitorBatch batch) {
        try {
            return Json.mapper().writeValueAsString(new BatchEnvelope(type, batch));
        } catch (JsonProcessingException e) {
            LOG.error("visitor batch did not serialize", e);
            throw new IllegalStateException(e);
        }
    }
}
