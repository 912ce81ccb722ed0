package dev.switchboard.server.chat;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.distribution.Router;
import dev.switchboard.server.distribution.RoutingDecision;
import dev.switchboard.server.distribution.RoutingRequest;
import dev.switchboard.server.distribution.RoutingRule;
import dev.switchboard.server.distribution.RoutingState;
import dev.switchboard.server.visitors.VisitorTracker;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.PrechatAnswerRules;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives conversations to agents: asks the pure {@link Router} and applies the decision, assigning
 * at once to agents who auto-accept and offering to the others until their group's accept
 * time-out. Decisions are serialized, so two chats cannot both take an agent's last free place.
 * The queue is given out on one read of the agents' state (each decision counts the earlier ones)
 * and its assignments are written a few hundred per transaction, so thousands of waiting chats go
 * out in well under a second when agents come online.
 */
final class ChatAssigner {

    private static final Logger LOG = LoggerFactory.getLogger(ChatAssigner.class);
    /** Assignments per transaction: large enough to cost few commits, small enough to hold row locks briefly. */
    private static final int ASSIGNMENTS_PER_TRANSACTION = 250;

    private final Jdbi jdbi;
    private final Clock clock;
    private final VisitorTracker visitors;
    private final ChatService chats;
    private final ChatDelivery delivery;
    private final QueueFeed queues;
    private final QueueAnnouncer announcer;
    private final ConversationStore store = new ConversationStore();
    private final AssignmentStore assignments = new AssignmentStore();
    private final AssignmentHistory history = new AssignmentHistory();
    private final Object deciding = new Object();
    private final Executor background;
    /** A drain is waiting to run: changes until it starts need no second one. */
    private final AtomicBoolean drainPending = new AtomicBoolean();
    /** New chats not routed yet, and whether a task to route them is on its way. */
    private final Set<Long> newChats = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean newChatsPending = new AtomicBoolean();
    private final Supplier<List<RoutingRule>> rules;
    private final Function<String, PrechatForm> forms;

    ChatAssigner(Jdbi jdbi, Clock clock, VisitorTracker visitors, ChatService chats, ChatDelivery delivery, QueueFeed queues,
                 Executor background, Supplier<List<RoutingRule>> rules, Function<String, PrechatForm> forms) {
        this.jdbi = jdbi;
        this.forms = forms;
        this.rules = rules;
        this.clock = clock;
        this.visitors = visitors;
        this.chats = chats;
        this.delivery = delivery;
        this.queues = queues;
        this.announcer = new QueueAnnouncer(jdbi, clock, delivery);
        this.background = background;
    }

    /** The state a new chat would be routed on now, without assigning or reserving anything. */
    RoutingState preview(Handle handle, String visitorId) {
        Instant now = clock.instant();
        return RoutingSnapshot.state(handle, visitorId, Set.of(), now, rules.get(), history.totals(handle, now));
    }

    /** Drains the queue soon, off the caller's thread: callers may hold locks or be answering a socket. */
    void drainQueueLater() {
        if (!drainPending.compareAndSet(false, true)) {
            return;
        }
        inBackground("draining the chat queue", () -> {
            drainPending.set(false);
            drain(false);
        });
    }

    /**
     * Staff changed a visitor's customer level: a chat they have waiting moves to its new place at
     * once, and everyone in the queue hears their place again. Off the caller's thread.
     */
    void reprioritize(String visitorId, int priority) {
        inBackground("moving a waiting chat to its new priority", () -> {
            synchronized (deciding) {
                if (jdbi.inTransaction(handle -> store.reprioritize(handle, visitorId, priority)) > 0) {
                    List<ConversationStore.Waiting> queue = jdbi.withHandle(store::queued);
                    announcer.announce(queue, true);
                    queues.update(queue);
                }
            }
        });
    }

    /**
     * Routes a new conversation (or one sent back to a group): to an agent, offered to one, or into
     * its group's queue. Off the caller's thread and together with the chats that came meanwhile:
     * a burst of chat starts costs one read of the agents' state and one transaction, not one each
     * behind the lock that serializes decisions.
     */
    void assignOrQueue(long conversationId) {
        newChats.add(conversationId);
        if (newChatsPending.compareAndSet(false, true)) {
            inBackground("routing new chats", this::routeNewChats);
        }
    }

    private void routeNewChats() {
        newChatsPending.set(false);
        List<Long> ids = new ArrayList<>(newChats);
        newChats.removeAll(ids);
        if (ids.isEmpty()) {
            return;
        }
        synchronized (deciding) {
            List<ConversationStore.Waiting> waiting = jdbi.withHandle(handle -> store.waiting(handle, ids));
            Set<Long> handedOut = new HashSet<>();
            giveOut(waiting, clock.instant(), handedOut);
            if (waiting.size() == 1 && handedOut.isEmpty()) {
                announcer.announceOne(waiting.get(0).conversation().id());
                queues.changed();
            } else if (waiting.size() > handedOut.size()) {
                // several wait now: one pass over the queue tells each its place (counting the chats ahead of each was quadratic)
                List<ConversationStore.Waiting> queue = jdbi.withHandle(store::queued);
                announcer.announce(queue, false);
                queues.update(queue);
            } else {
                queues.changed();
            }
        }
    }

    /** Runs {@code work} off the caller's thread (callers may hold locks or be answering a socket); a failure is logged. */
    private void inBackground(String what, Runnable work) {
        background.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("{} failed", what, e);
            }
        });
    }

    /**
     * Withdraws offers that timed out, then gives waiting conversations (highest priority, then
     * turns between client addresses, then longest waiting) to free agents, and tells every waiting visitor their place; runs every
     * second.
     */
    void drainQueue() {
        drain(true);
    }

    private void drain(boolean announceToEveryone) {
        synchronized (deciding) {
            Instant now = clock.instant();
            List<ConversationStore.Waiting> queue = jdbi.withHandle(store::queued);
            Map<Long, Integer> acceptTimeouts = new HashMap<>();
            List<ConversationStore.Waiting> routable = new ArrayList<>();
            for (ConversationStore.Waiting waiting : queue) {
                if (waiting.offeredTo() == null) {
                    routable.add(waiting);
                    continue;
                }
                int timeout = acceptTimeouts.computeIfAbsent(waiting.conversation().groupId(),
                        group -> jdbi.withHandle(handle -> RoutingSnapshot.timings(handle, group)).acceptTimeoutSeconds());
                if (!waiting.offeredAt().plusSeconds(timeout).isAfter(now)
                        && withdraw(waiting.conversation().id(), waiting.offeredTo(), "offer timed out")) {
                    routable.add(waiting.withdrawn());
                }
            }
            if (giveOut(routable, now, new HashSet<>())) {
                queue = jdbi.withHandle(store::queued);
            }
            announcer.announce(queue, announceToEveryone);
            queues.update(queue);
        }
    }

    /**
     * Routes waiting chats in serving order on one read of the agents' state, adding those given to
     * agents to {@code handedOut}; true when one was given, offered or queued.
     */
    private boolean giveOut(List<ConversationStore.Waiting> routable, Instant now, Set<Long> handedOut) {
        if (routable.isEmpty()) {
            return false;
        }
        RoutingBatch batch = jdbi.withHandle(handle -> RoutingBatch.forQueue(handle, now, rules.get(), history));
        List<AssignmentStore.Assignment> given = new ArrayList<>();
        Map<Long, RoutingDecision> toQueue = new LinkedHashMap<>();
        boolean changed = false;
        for (ConversationStore.Waiting waiting : routable) {
            Long group = waiting.conversation().groupId();
            // nobody of the group can take a chat: it keeps its place, no need to ask the router
            if (group == null || batch.hasRoomIn(group)) {
                changed |= route(waiting, batch, given, toQueue);
            }
            if (given.size() == ASSIGNMENTS_PER_TRANSACTION) {
                // the longest-waiting visitors hear they are served before the rest are decided, not after
                given.forEach(assignment -> handedOut.add(assignment.conversation().id()));
                handOut(given);
                given.clear();
            }
        }
        given.forEach(assignment -> handedOut.add(assignment.conversation().id()));
        handOut(given);
        queueAll(toQueue);
        return changed;
    }

    void accept(Principal agent, long conversationId) {
        synchronized (deciding) {
            ConversationStore.Waiting waiting = jdbi.withHandle(handle -> store.waiting(handle, conversationId))
                    .filter(w -> w.offeredTo() != null && w.offeredTo() == agent.agentId())
                    .orElseThrow(() -> new ApiException(ProblemType.CONFLICT, "this chat is not offered to you (any more)"));
            handOut(List.of(new AssignmentStore.Assignment(waiting.conversation(), waiting.conversation().groupId(), agent.agentId(),
                    agentName(agent.agentId()), null, clock.instant())));
            afterChange();
        }
    }

    void decline(Principal agent, long conversationId) {
        synchronized (deciding) {
            if (!withdraw(conversationId, agent.agentId(), "declined")) {
                throw new ApiException(ProblemType.CONFLICT, "this chat is not offered to you (any more)");
            }
            jdbi.withHandle(handle -> store.waiting(handle, conversationId)).ifPresent(waiting -> {
                String visitorId = waiting.conversation().visitorId();
                RoutingBatch batch = jdbi.withHandle(handle -> RoutingBatch.forVisitor(handle, visitorId, clock.instant(), rules.get(), history));
                List<AssignmentStore.Assignment> given = new ArrayList<>();
                Map<Long, RoutingDecision> toQueue = new LinkedHashMap<>();
                route(waiting, batch, given, toQueue);
                handOut(given);
                queueAll(toQueue);
            });
            afterChange();
        }
    }

    /** A chat left the queue or moved in it: visitors not told yet hear their place; workstations see the queue. */
    private void afterChange() {
        List<ConversationStore.Waiting> queue = jdbi.withHandle(store::queued);
        announcer.announce(queue, false);
        queues.update(queue);
    }

    /** The offers still open for an agent, as they were made: a workstation that reconnects must see them again. */
    List<ChatMessages.Offer> openOffers(long agentId) {
        List<ConversationStore.Waiting> offered = jdbi.withHandle(store::queued).stream()
                .filter(waiting -> waiting.offeredTo() != null && waiting.offeredTo() == agentId && waiting.offeredAt() != null).toList();
        List<ChatMessages.Offer> offers = new ArrayList<>();
        for (ConversationStore.Waiting waiting : offered) {
            int timeout = jdbi.withHandle(handle -> RoutingSnapshot.timings(handle, waiting.conversation().groupId())).acceptTimeoutSeconds();
            offers.add(new ChatMessages.Offer(chats.get(waiting.conversation().id()), waiting.offeredAt().plusSeconds(timeout)));
        }
        return offers;
    }

    /**
     * An agent's groups changed: offers of chats in groups they no longer belong to (any, once
     * disabled) are withdrawn and go to someone else. Off the caller's thread.
     */
    void withdrawOffersOutsideGroups(long agentId) {
        inBackground("withdrawing offers outside the agent's groups", () -> {
            synchronized (deciding) {
                Set<Long> memberOf = jdbi.withHandle(handle -> store.memberships(handle)).getOrDefault(agentId, Set.of());
                boolean withdrawn = false;
                for (ConversationStore.Waiting waiting : jdbi.withHandle(store::queued)) {
                    Long group = waiting.conversation().groupId();
                    if (waiting.offeredTo() != null && waiting.offeredTo() == agentId && (group == null || !memberOf.contains(group))) {
                        withdrawn |= withdraw(waiting.conversation().id(), agentId, "no longer in the group");
                    }
                }
                if (withdrawn) {
                    drainQueueLater();
                }
            }
        });
    }

    private boolean withdraw(long conversationId, long agentId, String why) {
        boolean withdrawn = jdbi.inTransaction(handle -> store.withdraw(handle, conversationId, agentId));
        if (withdrawn) {
            LOG.info("chat offer withdrawn: conversation={} agent={} reason={}", conversationId, agentId, why);
            delivery.toAgent(agentId, ChatMessages.OFFER_WITHDRAWN, new ChatMessages.Withdrawn(conversationId));
        }
        return withdrawn;
    }

    /**
     * Decides for one waiting chat: an agent who auto-accepts joins {@code given} (written later,
     * with the others), one who does not is offered it now; without an agent a new chat joins
     * {@code toQueue}, to be written into its group's queue with the others ({@link #queueAll}).
     * The batch counts the chat against the agent either way. True when anything changed.
     */
    private boolean route(ConversationStore.Waiting waiting, RoutingBatch batch, List<AssignmentStore.Assignment> given,
                          Map<Long, RoutingDecision> toQueue) {
        Conversation conversation = waiting.conversation();
        RoutingDecision decision = decide(conversation, waiting.declinedBy(), batch);
        Optional<Long> agentId = decision.agentId();
        if (agentId.isEmpty()) {
            if (conversation.groupId() == null) {
                toQueue.put(conversation.id(), decision);
                return true;
            }
            return false;
        }
        String name = decision.candidates().stream().filter(c -> c.agentId() == agentId.get()).findFirst().map(c -> c.name()).orElse("");
        Instant now = clock.instant();
        if (batch.autoAccepts(agentId.get())) {
            batch.given(agentId.get(), now);
            given.add(new AssignmentStore.Assignment(conversation, decision.groupId(), agentId.get(), name, decision, now));
        } else {
            batch.offered(agentId.get());
            jdbi.useTransaction(handle -> store.offer(handle, conversation.id(), decision.groupId(), agentId.get(), StoredRouting.json(decision), now));
            int timeout = jdbi.withHandle(handle -> RoutingSnapshot.timings(handle, decision.groupId())).acceptTimeoutSeconds();
            LOG.info("chat offered: conversation={} agent={} for {}s", conversation.id(), agentId.get(), timeout);
            delivery.toAgent(agentId.get(), ChatMessages.OFFER, new ChatMessages.Offer(chats.get(conversation.id()), now.plusSeconds(timeout)));
        }
        return true;
    }

    /** New chats that found no agent join their groups' queues, in one transaction. */
    private void queueAll(Map<Long, RoutingDecision> toQueue) {
        if (toQueue.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> toQueue.forEach((id, decision) -> store.queue(handle, id, decision.groupId(), StoredRouting.json(decision))));
        toQueue.forEach((id, decision) -> LOG.info("conversation queued: id={} group={} rule={}", id, decision.groupId(), decision.ruleName()));
    }

    /** Writes the assignments a few hundred per transaction, then tells each agent and visitor, and puts the "joined" line in the chat. */
    private void handOut(List<AssignmentStore.Assignment> given) {
        for (int from = 0; from < given.size(); from += ASSIGNMENTS_PER_TRANSACTION) {
            List<AssignmentStore.Assignment> part = given.subList(from, Math.min(given.size(), from + ASSIGNMENTS_PER_TRANSACTION));
            for (AssignmentStore.Assigned assigned : jdbi.inTransaction(handle -> assignments.assign(handle, part))) {
                Conversation conversation = assigned.conversation();
                AssignmentStore.Assignment assignment = assigned.assignment();
                history.given(assignment.agentId(), assignment.at());
                LOG.info("conversation assigned: id={} agent={} rule={}", conversation.id(), assignment.agentId(), assignment.why());
                delivery.toAgent(assignment.agentId(), ChatMessages.ASSIGNED, conversation);
                delivery.toVisitor(conversation.visitorId(), ChatMessages.STATUS,
                        new ChatMessages.Status(conversation.id(), ConversationStatus.ACTIVE, null, assignment.agentName()));
                if (assigned.joined() != null) {
                    delivery.publish(conversation, assigned.joined(), assigned.participants());
                }
            }
        }
    }

    private String agentName(long agentId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT display_name FROM agent WHERE id = :id").bind("id", agentId)
                .mapTo(String.class).one());
    }

    private RoutingDecision decide(Conversation conversation, String declinedBy, RoutingBatch batch) {
        Optional<VisitorSummary> visitor = visitors.summary(conversation.visitorId());
        RoutingRequest request = new RoutingRequest(conversation.visitorId(),
                visitor.map(v -> v.source() == null ? Channel.DIRECT : v.source().channel()).orElse(Channel.DIRECT),
                visitor.map(v -> v.source() == null ? null : v.source().engine()).orElse(null),
                visitor.map(v -> v.source() == null ? null : v.source().keyword()).orElse(null),
                visitor.map(VisitorSummary::landingUrl).orElse(null), visitor.map(VisitorSummary::currentUrl).orElse(null),
                visitor.map(VisitorSummary::language).orElse(null),
                // a question type is only ever one of the form's options: a hand-made answer cannot steer routing
                PrechatAnswerRules.questionType(forms.apply(conversation.site()), conversation.prechat()).orElse(null),
                visitor.map(VisitorSummary::customerLevel).orElse(null), visitor.map(v -> v.visitCount() > 1).orElse(false));
        return Router.route(request, batch.stateFor(conversation, RoutingSnapshot.parseExcluded(declinedBy)));
    }
}
