package dev.switchboard.server.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.routing.Router;
import dev.switchboard.server.routing.RoutingDecision;
import dev.switchboard.server.routing.RoutingRequest;
import dev.switchboard.server.routing.RoutingRule;
import dev.switchboard.server.routing.RoutingState;
import dev.switchboard.server.visitors.VisitorTracker;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives conversations to agents: asks the pure {@link Router} on a snapshot of the database and
 * applies the decision, assigning at once to agents who auto-accept and offering to the others
 * until their group's accept time-out. Waiting visitors hear their place and estimated wait,
 * and after the group's maximum wait are offered to leave a message. Decisions are serialized,
 * so two chats cannot both take an agent's last free place.
 */
final class ChatAssigner {

    private static final Logger LOG = LoggerFactory.getLogger(ChatAssigner.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final VisitorTracker visitors;
    private final ChatService chats;
    private final ChatDelivery delivery;
    private final ConversationStore store = new ConversationStore();
    private final Object deciding = new Object();
    private final QueueFeed queues;
    private final Executor background;
    private final Supplier<List<RoutingRule>> rules;

    ChatAssigner(Jdbi jdbi, Clock clock, VisitorTracker visitors, ChatService chats, ChatDelivery delivery, QueueFeed queues,
                 Executor background, Supplier<List<RoutingRule>> rules) {
        this.jdbi = jdbi;
        this.rules = rules;
        this.clock = clock;
        this.visitors = visitors;
        this.chats = chats;
        this.delivery = delivery;
        this.queues = queues;
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

    /** Routes a new conversation: to an agent now, offered to one, or into its group's queue. */
    void assignOrQueue(long conversationId) {
        synchronized (deciding) {
            jdbi.withHandle(handle -> store.waiting(handle, conversationId)).ifPresent(this::route);
            announce();
        }
    }

    /**
     * Withdraws offers that timed out, then gives waiting conversations (highest priority, then
     * longest waiting) to free agents; runs every second and when an agent frees up.
     */
    void drainQueue() {
        synchronized (deciding) {
            Instant now = clock.instant();
            for (ConversationStore.Waiting waiting : jdbi.withHandle(store::queued)) {
                if (waiting.offeredTo() != null) {
                    int timeout = jdbi.withHandle(handle -> RoutingSnapshot.timings(handle, waiting.conversation().groupId())).acceptTimeoutSeconds();
                    if (waiting.offeredAt().plusSeconds(timeout).isAfter(now)) {
                        continue;
                    }
                    withdraw(waiting.conversation().id(), waiting.offeredTo(), "offer timed out");
                }
                jdbi.withHandle(handle -> store.waiting(handle, waiting.conversation().id())).ifPresent(this::route);
            }
            announce();
        }
    }

    void accept(Principal agent, long conversationId) {
        synchronized (deciding) {
            ConversationStore.Waiting waiting = jdbi.withHandle(handle -> store.waiting(handle, conversationId))
                    .filter(w -> w.offeredTo() != null && w.offeredTo() == agent.agentId())
                    .orElseThrow(() -> new ApiException(ProblemType.CONFLICT, "this chat is not offered to you (any more)"));
            String name = agentName(agent.agentId());
            assign(waiting.conversation(), waiting.conversation().groupId(), agent.agentId(), name, null);
            announce();
        }
    }

    void decline(Principal agent, long conversationId) {
        synchronized (deciding) {
            if (!withdraw(conversationId, agent.agentId(), "declined")) {
                throw new ApiException(ProblemType.CONFLICT, "this chat is not offered to you (any more)");
            }
            jdbi.withHandle(handle -> store.waiting(handle, conversationId)).ifPresent(this::route);
            announce();
        }
    }

    private boolean withdraw(long conversationId, long agentId, String why) {
        boolean withdrawn = jdbi.inTransaction(handle -> store.withdraw(handle, conversationId, agentId));
        if (withdrawn) {
            LOG.info("chat offer withdrawn: conversation={} agent={} reason={}", conversationId, agentId, why);
            delivery.toAgent(agentId, ChatMessages.OFFER_WITHDRAWN, new ChatMessages.Withdrawn(conversationId));
        }
        return withdrawn;
    }

    private void route(ConversationStore.Waiting waiting) {
        Conversation conversation = waiting.conversation();
        RoutingDecision decision = decide(conversation, waiting.declinedBy());
        Optional<Long> agentId = decision.agentId();
        if (agentId.isEmpty()) {
            if (conversation.groupId() == null) {
                jdbi.useTransaction(handle -> store.queue(handle, conversation.id(), decision.groupId(), json(decision)));
                LOG.info("conversation queued: id={} group={} rule={}", conversation.id(), decision.groupId(), decision.ruleName());
            }
            return;
        }
        String name = decision.candidates().stream().filter(c -> c.agentId() == agentId.get()).findFirst().map(c -> c.name()).orElse("");
        if (jdbi.withHandle(handle -> RoutingSnapshot.autoAccepts(handle, agentId.get()))) {
            assign(conversation, decision.groupId(), agentId.get(), name, decision);
        } else {
            Instant now = clock.instant();
            jdbi.useTransaction(handle -> store.offer(handle, conversation.id(), decision.groupId(), agentId.get(), json(decision), now));
            int timeout = jdbi.withHandle(handle -> RoutingSnapshot.timings(handle, decision.groupId())).acceptTimeoutSeconds();
            LOG.info("chat offered: conversation={} agent={} for {}s", conversation.id(), agentId.get(), timeout);
            delivery.toAgent(agentId.get(), ChatMessages.OFFER, new ChatMessages.Offer(chats.get(conversation.id()), now.plusSeconds(timeout)));
        }
    }

    private void assign(Conversation conversation, Long groupId, long agentId, String name, RoutingDecision decision) {
        Instant now = clock.instant();
        long group = groupId == null ? decision.groupId() : groupId;
        jdbi.useTransaction(handle -> store.assign(handle, conversation.id(), group, agentId, decision == null ? null : json(decision), now));
        LOG.info("conversation assigned: id={} agent={} rule={}", conversation.id(), agentId, decision == null ? "accepted offer" : decision.ruleName());
        delivery.toAgent(agentId, ChatMessages.ASSIGNED, chats.get(conversation.id()));
        delivery.toVisitor(conversation.visitorId(), ChatMessages.STATUS,
                new ChatMessages.Status(conversation.id(), ConversationStatus.ACTIVE, null, name));
        chats.event(conversation.id(), "joined-" + agentId, ChatEvent.joined(name));
    }

    /**
     * Tells every waiting visitor their place in their group's queue and the estimated wait, and
     * offers to leave a message to those who waited longer than the group allows or whose group
     * has nobody online.
     */
    private void announce() {
        Instant now = clock.instant();
        List<ConversationStore.Waiting> queue = jdbi.withHandle(store::queued);
        queues.update(queue);
        Map<Long, Integer> places = new HashMap<>();
        int handleSeconds = jdbi.withHandle(handle -> RoutingSnapshot.averageHandleSeconds(handle, now));
        for (ConversationStore.Waiting waiting : queue) {
            Conversation conversation = waiting.conversation();
            if (conversation.groupId() == null) {
                // just started and not routed yet: its own routing announces it
                continue;
            }
            long group = conversation.groupId();
            int position = places.merge(group, 1, Integer::sum);
            int online = onlineIn(group);
            RoutingSnapshot.GroupTimings timings = jdbi.withHandle(handle -> RoutingSnapshot.timings(handle, conversation.groupId()));
            boolean leaveMessage = waiting.leaveMessageOffered() || online == 0
                    || conversation.createdAt().plusSeconds(timings.maxWaitSeconds()).isBefore(now);
            if (leaveMessage && !waiting.leaveMessageOffered()) {
                jdbi.useTransaction(handle -> store.markLeaveMessageOffered(handle, conversation.id()));
                LOG.info("visitor offered to leave a message: conversation={} online={}", conversation.id(), online);
            }
            int estimate = position * handleSeconds / Math.max(1, online);
            delivery.toVisitor(conversation.visitorId(), ChatMessages.STATUS, new ChatMessages.Status(conversation.id(),
                    ConversationStatus.QUEUED, position, null, estimate, leaveMessage));
        }
    }

    private int onlineIn(long groupId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT COUNT(*) FROM agent a JOIN agent_group_member m ON m.agent_id = a.id
                        WHERE m.group_id = :group AND a.status = :online AND a.enabled""")
                .bind("group", groupId).bind("online", AgentStatus.ONLINE.name()).mapTo(Integer.class).one());
    }

    private String agentName(long agentId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT display_name FROM agent WHERE id = :id").bind("id", agentId)
                .mapTo(String.class).one());
    }

    private RoutingDecision decide(Conversation conversation, String declinedBy) {
        Optional<VisitorSummary> visitor = visitors.summary(conversation.visitorId());
        RoutingRequest request = new RoutingRequest(conversation.visitorId(),
                visitor.map(v -> v.source() == null ? Channel.DIRECT : v.source().channel()).orElse(Channel.DIRECT),
                visitor.map(v -> v.source() == null ? null : v.source().engine()).orElse(null),
                visitor.map(v -> v.source() == null ? null : v.source().keyword()).orElse(null),
                visitor.map(VisitorSummary::landingUrl).orElse(null), visitor.map(VisitorSummary::currentUrl).orElse(null),
                visitor.map(VisitorSummary::language).orElse(null), conversation.prechat().get("question"),
                visitor.map(VisitorSummary::customerLevel).orElse(null), visitor.map(v -> v.visitCount() > 1).orElse(false));
        RoutingState state = jdbi.withHandle(handle -> RoutingSnapshot.state(handle, conversation.visitorId(),
                RoutingSnapshot.parseExcluded(declinedBy), clock.instant(), rules.get()));
        if (conversation.groupId() != null) {
            // once queued in a group (by routing or a transfer), a chat stays in that group's queue
            state = new RoutingState(List.of(), state.strategies(), conversation.groupId(), state.agents(), state.lastServed(),
                    state.excludedAgents(), state.returningWithinDays(), state.now());
        }
        return Router.route(request, state);
    }

    private static String json(RoutingDecision decision) {
        try {
            return Json.mapper().writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
