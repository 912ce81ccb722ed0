package dev.switchboard.server.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.routing.AgentLoad;
import dev.switchboard.server.routing.Router;
import dev.switchboard.server.routing.RoutingDecision;
import dev.switchboard.server.routing.RoutingRequest;
import dev.switchboard.server.routing.RoutingState;
import dev.switchboard.server.routing.Strategy;
import dev.switchboard.server.visitors.VisitorTracker;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives conversations to agents: captures the routing state from the database, asks the pure
 * {@link Router}, and applies the decision. Decisions are serialized, so two chats cannot both
 * take an agent's last free place.
 */
final class ChatAssigner {

    private static final Logger LOG = LoggerFactory.getLogger(ChatAssigner.class);
    private static final int RETURNING_WITHIN_DAYS = 30;

    private final Jdbi jdbi;
    private final Clock clock;
    private final VisitorTracker visitors;
    private final ChatService chats;
    private final ChatDelivery delivery;
    private final ConversationStore store = new ConversationStore();
    private final Object deciding = new Object();
    private final Executor background;

    ChatAssigner(Jdbi jdbi, Clock clock, VisitorTracker visitors, ChatService chats, ChatDelivery delivery, Executor background) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.visitors = visitors;
        this.chats = chats;
        this.delivery = delivery;
        this.background = background;
    }

    /** Drains the queue soon, off the caller's thread: callers may hold locks or be answering a socket. */
    void drainQueueLater() {
        background.execute(() -> {
            try {
                drainQueue();
            } catch (RuntimeException e) {
                LOG.error("draining the chat queue failed", e);
            }
        });
    }

    /** Routes a new conversation: to an agent now, or into its group's queue. */
    void assignOrQueue(long conversationId) {
        synchronized (deciding) {
            Conversation conversation = chats.get(conversationId);
            if (conversation.status() != ConversationStatus.QUEUED) {
                return;
            }
            RoutingDecision decision = decide(conversation);
            if (decision.agentId().isPresent()) {
                assign(conversation, decision);
            } else {
                jdbi.useTransaction(handle -> store.queue(handle, conversationId, decision.groupId(), json(decision)));
                LOG.info("conversation queued: id={} group={} rule={}", conversationId, decision.groupId(), decision.ruleName());
                announcePositions();
            }
        }
    }

    /** Gives waiting conversations to agents who are free now, highest priority and longest waiting first. */
    void drainQueue() {
        synchronized (deciding) {
            boolean assignedAny = false;
            for (Conversation waiting : jdbi.withHandle(store::queued)) {
                RoutingDecision decision = decide(waiting);
                if (decision.agentId().isPresent()) {
                    assign(waiting, decision);
                    assignedAny = true;
                }
            }
            if (assignedAny) {
                announcePositions();
            }
        }
    }

    private void assign(Conversation conversation, RoutingDecision decision) {
        long agentId = decision.agentId().orElseThrow();
        Instant now = clock.instant();
        jdbi.useTransaction(handle -> store.assign(handle, conversation.id(), decision.groupId(), agentId, json(decision), now));
        String name = decision.candidates().stream().filter(c -> c.agentId() == agentId).findFirst().map(c -> c.name()).orElse("");
        LOG.info("conversation assigned: id={} agent={} rule={} strategy={}", conversation.id(), agentId, decision.ruleName(), decision.strategy());
        delivery.toAgent(agentId, ChatMessages.ASSIGNED, chats.get(conversation.id()));
        delivery.toVisitor(conversation.visitorId(), ChatMessages.STATUS,
                new ChatMessages.Status(conversation.id(), ConversationStatus.ACTIVE, null, name));
        chats.event(conversation.id(), "joined-" + agentId, name + " joined the chat");
    }

    /** Tells every waiting visitor their place in the queue. */
    private void announcePositions() {
        List<Conversation> queue = jdbi.withHandle(store::queued);
        for (int i = 0; i < queue.size(); i++) {
            Conversation waiting = queue.get(i);
            delivery.toVisitor(waiting.visitorId(), ChatMessages.STATUS,
                    new ChatMessages.Status(waiting.id(), ConversationStatus.QUEUED, i + 1, null));
        }
    }

    private RoutingDecision decide(Conversation conversation) {
        Optional<VisitorSummary> visitor = visitors.summary(conversation.visitorId());
        RoutingRequest request = new RoutingRequest(conversation.visitorId(),
                visitor.map(v -> v.source() == null ? Channel.DIRECT : v.source().channel()).orElse(Channel.DIRECT),
                visitor.map(v -> v.source() == null ? null : v.source().engine()).orElse(null),
                visitor.map(v -> v.source() == null ? null : v.source().keyword()).orElse(null),
                visitor.map(VisitorSummary::landingUrl).orElse(null), visitor.map(VisitorSummary::currentUrl).orElse(null),
                visitor.map(VisitorSummary::language).orElse(null), conversation.prechat().get("question"), null,
                visitor.map(v -> v.visitCount() > 1).orElse(false));
        RoutingState state = jdbi.withHandle(handle -> state(handle, conversation.visitorId()));
        if (conversation.groupId() != null) {
            // once queued in a group (by routing or a transfer), a chat stays in that group's queue
            state = new RoutingState(List.of(), state.strategies(), conversation.groupId(), state.agents(), state.lastServed(),
                    state.excludedAgents(), state.returningWithinDays(), state.now());
        }
        return Router.route(request, state);
    }

    private RoutingState state(Handle handle, String visitorId) {
        Instant now = clock.instant();
        Instant startOfDay = LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<Long, Integer> open = counts(handle, "SELECT owner_id, COUNT(*) FROM conversation WHERE status = 'ACTIVE' GROUP BY owner_id", null);
        Map<Long, Integer> today = counts(handle, "SELECT owner_id, COUNT(*) FROM conversation WHERE assigned_at >= :since GROUP BY owner_id", startOfDay);
        Map<Long, Instant> lastAssigned = new HashMap<>();
        handle.createQuery("SELECT owner_id, MAX(assigned_at) FROM conversation WHERE owner_id IS NOT NULL GROUP BY owner_id")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .forEach(e -> lastAssigned.put(e.getKey(), e.getValue()));
        Map<Long, Set<Long>> groups = new HashMap<>();
        handle.createQuery("SELECT agent_id, group_id FROM agent_group_member").map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> groups.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        List<AgentLoad> agents = handle.createQuery("SELECT id, display_name, status, max_chats FROM agent WHERE enabled")
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    return new AgentLoad(id, rs.getString("display_name"), AgentStatus.valueOf(rs.getString("status")), rs.getInt("max_chats"),
                            open.getOrDefault(id, 0), today.getOrDefault(id, 0), groups.getOrDefault(id, Set.of()), Map.of(), lastAssigned.get(id));
                }).list();
        Map<Long, Strategy> strategies = new HashMap<>();
        handle.createQuery("SELECT id, strategy FROM agent_group").map((rs, ctx) -> Map.entry(rs.getLong(1), Strategy.valueOf(rs.getString(2))))
                .forEach(e -> strategies.put(e.getKey(), e.getValue()));
        long fallback = handle.createQuery("SELECT COALESCE(MIN(id), 0) FROM agent_group").mapTo(Long.class).one();
        Map<String, RoutingState.LastServed> lastServed = new HashMap<>();
        handle.createQuery("SELECT owner_id, assigned_at FROM conversation WHERE visitor_id = :visitor AND owner_id IS NOT NULL "
                        + "ORDER BY assigned_at DESC LIMIT 1")
                .bind("visitor", visitorId)
                .map((rs, ctx) -> new RoutingState.LastServed(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .findOne().ifPresent(last -> lastServed.put(visitorId, last));
        return new RoutingState(List.of(), strategies, fallback, agents, lastServed, Set.of(), RETURNING_WITHIN_DAYS, now);
    }

    private static Map<Long, Integer> counts(Handle handle, String sql, Instant since) {
        var query = handle.createQuery(sql);
        if (since != null) {
            query.bind("since", since);
        }
        Map<Long, Integer> counts = new HashMap<>();
        query.map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2))).forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static String json(RoutingDecision decision) {
        try {
            return Json.mapper().writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
