package dev.switchboard.server.chat;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.distribution.WorkQueue;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.routing.RoutingStepType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chats whose agent left (ADR 0013). An agent who signs out has no session left: their chats go
 * back to the front of their groups' queues at once. An agent whose workstations all disconnected
 * (a dropped network, a quit workstation) keeps them for the grace period, to come back to them;
 * after it they go back to the front of the queue too. Each requeue is a step of the chat's
 * routing history, a "transferred to the group" line in the chat, and {@code chat.left} to the
 * agent's workstations, should one be connected elsewhere.
 *
 * <p>Nothing is kept in memory: who is offline since when is read from the database at each
 * sweep, which runs on a timer and whenever an agent goes offline. With several nodes it runs on
 * the routing owner (ADR 0008, lease {@code routing:chat}); a second run finds nothing more to do.
 */
final class OrphanedChats {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedChats.class);

    /** An open chat and its agent; public because Jdbi's mapper builds it. */
    public record Held(long id, long ownerId, Long groupId) {
    }

    private static final RowMapper<Held> HELD = RecordMapper.of(Held.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration grace;
    private final ChatService chats;
    private final ChatDelivery delivery;
    private final WorkQueue work;
    private final AgentDirectory agents;
    private final ConversationStore store = new ConversationStore();

    OrphanedChats(Jdbi jdbi, Clock clock, Duration grace, ChatService chats, ChatDelivery delivery, WorkQueue work, AgentDirectory agents) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.grace = grace;
        this.chats = chats;
        this.delivery = delivery;
        this.work = work;
        this.agents = agents;
    }

    /** Requeues the chats of agents who signed out, and of those offline for longer than the grace period. */
    synchronized void sweep() {
        List<Held> held = jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT c.id, c.owner_id, c.group_id FROM conversation c JOIN agent a ON a.id = c.owner_id
                        WHERE c.status = 'ACTIVE' AND a.status = 'OFFLINE' ORDER BY c.id""").map(HELD).list());
        if (held.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<Long, AgentDirectory.Offline> offline = agents.offline(held.stream().map(Held::ownerId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(AgentDirectory.Offline::agentId, Function.identity()));
        for (Held chat : held) {
            AgentDirectory.Offline owner = offline.get(chat.ownerId());
            if (owner == null || chat.groupId() == null) {
                continue;
            }
            if (agents.signedOut(chat.ownerId(), now)) {
                requeue(chat, RoutingStepType.REQUEUED_SIGNED_OUT, now);
            } else if (owner.since() == null || !owner.since().plus(grace).isAfter(now)) {
                requeue(chat, RoutingStepType.REQUEUED_OFFLINE, now);
            }
        }
    }

    private void requeue(Held chat, RoutingStepType why, Instant now) {
        boolean requeued = jdbi.inTransaction(handle -> {
            if (!work.ledger().requeue(handle, chat.id(), chat.ownerId(), chat.groupId(), why, now)) {
                return false;
            }
            store.leave(handle, chat.id(), chat.ownerId(), now);
            return true;
        });
        if (!requeued) {
            return;
        }
        LOG.info("conversation requeued: id={} agent={} group={} why={}", chat.id(), chat.ownerId(), chat.groupId(), why);
        String group = agents.groupName(chat.groupId()).orElse("");
        chats.event(chat.id(), "requeued-" + UUID.randomUUID(), ChatEvent.transferredToGroup(group));
        delivery.toAgent(chat.ownerId(), ChatMessages.LEFT, new ChatMessages.Left(chat.id(), why, null));
        work.submit(chat.id());
    }
}
