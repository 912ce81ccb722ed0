package dev.switchboard.server.chat;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.distribution.HandPick;
import dev.switchboard.server.distribution.WorkQueue;
import dev.switchboard.server.distribution.WorkStep;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.routing.RoutingStepType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moving chats between agents: transfer to a colleague or back into a group's queue (the receiver
 * sees the whole history and the note), bringing colleagues in to assist, and a supervisor taking a
 * chat over. Each move is a step of the chat's routing history and, with who did it and why, an
 * entry of the audit log (ADR 0013); an agent whose chat someone else moved away is told
 * ({@code chat.left}).
 */
final class ChatHandover {

    private static final Logger LOG = LoggerFactory.getLogger(ChatHandover.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ChatService chats;
    private final ChatDelivery delivery;
    private final WorkQueue work;
    private final AgentDirectory agents;
    private final AuditLog audit;
    private final ConversationStore store = new ConversationStore();

    ChatHandover(Jdbi jdbi, Clock clock, ChatService chats, ChatDelivery delivery, WorkQueue work, AgentDirectory agents, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.chats = chats;
        this.delivery = delivery;
        this.work = work;
        this.agents = agents;
        this.audit = audit;
    }

    void transfer(Principal caller, ChatMessages.Transfer transfer) {
        Conversation conversation = ownedOrSupervised(caller, transfer.conversationId());
        if ((transfer.toAgentId() == null) == (transfer.toGroupId() == null)) {
            throw ApiException.invalid("name one receiver", List.of(new FieldError("toAgentId", "either an agent or a group")));
        }
        if (transfer.note() != null && transfer.note().length() > ChatPicking.MAX_REASON) {
            throw ApiException.invalid("the note is too long", List.of(new FieldError("note", "at most 1000 characters")));
        }
        String note = transfer.note() == null || transfer.note().isBlank() ? null : transfer.note().strip();
        if (note != null) {
            chats.post(new ChatAuthor.Agent(caller), conversation.id(), "transfer-note-" + UUID.randomUUID(), note, true);
        }
        if (transfer.toAgentId() != null) {
            if (conversation.status() == ConversationStatus.QUEUED) {
                // a waiting chat has nobody to hand it over: the supervisor gives it to the agent
                work.handTo(conversation.id(), transfer.toAgentId(), HandPick.assigned(caller.agentId(), note));
            } else {
                toAgent(caller, conversation, transfer.toAgentId(), note);
            }
        } else {
            toGroup(caller, conversation, transfer.toGroupId(), note);
        }
    }

    private void toAgent(Principal caller, Conversation conversation, long receiverId, String note) {
        Agent receiver = agents.findAgent(receiverId).filter(Agent::enabled).orElseThrow(() -> ApiException.notFound("agent " + receiverId));
        if (receiver.status() != AgentStatus.ONLINE) {
            throw new ApiException(ProblemType.CONFLICT, receiver.displayName() + " is not online");
        }
        long owner = conversation.ownerId() == null ? caller.agentId() : conversation.ownerId();
        Instant now = clock.instant();
        jdbi.useTransaction(handle -> {
            work.reassign(handle, conversation.id(), receiver.id());
            store.transferToAgent(handle, conversation.id(), owner, receiver.id(), now);
            work.ledger().record(handle, new WorkStep(conversation.id(), RoutingStepType.TRANSFERRED, receiver.id(), caller.agentId(), owner, null, note, now));
            audit.record(handle, caller.agentId(), "chat.transfer", target(conversation),
                    "from=agent:" + owner + "; to=agent:" + receiver.id() + reasonDetail(note));
        });
        LOG.info("conversation transferred: id={} by={} to={}", conversation.id(), caller.login(), receiver.login());
        chats.event(conversation.id(), "transfer-" + UUID.randomUUID(), ChatEvent.transferredToAgent(receiver.displayName()));
        delivery.toAgent(receiver.id(), ChatMessages.ASSIGNED, chats.get(conversation.id()));
        delivery.toVisitor(conversation.visitorId(), ChatMessages.STATUS,
                new ChatMessages.Status(conversation.id(), ConversationStatus.ACTIVE, null, receiver.displayName()));
        tellMovedAway(caller, owner, conversation.id(), RoutingStepType.TRANSFERRED);
    }

    /** {@code note}: why, kept in the routing history and the audit log as well as in the chat. */
    private void toGroup(Principal caller, Conversation conversation, long groupId, String note) {
        String group = agents.groupName(groupId).orElseThrow(() -> ApiException.notFound("group " + groupId));
        Long owner = conversation.ownerId();
        Instant now = clock.instant();
        // nobody owns it until the engine gives it out again
        jdbi.useTransaction(handle -> {
            work.returnToGroup(handle, conversation.id(), groupId);
            if (owner != null) {
                store.leave(handle, conversation.id(), owner, now);
            }
            work.ledger().record(handle, new WorkStep(conversation.id(), RoutingStepType.TRANSFERRED_TO_GROUP, null, caller.agentId(), owner, groupId,
                    note, now));
            audit.record(handle, caller.agentId(), "chat.transfer", target(conversation),
                    (owner == null ? "waiting" : "from=agent:" + owner) + "; to=group:" + groupId + reasonDetail(note));
        });
        LOG.info("conversation transferred: id={} by={} to group={}", conversation.id(), caller.login(), groupId);
        chats.event(conversation.id(), "transfer-" + UUID.randomUUID(), ChatEvent.transferredToGroup(group));
        work.submit(conversation.id());
        if (owner != null) {
            tellMovedAway(caller, owner, conversation.id(), RoutingStepType.TRANSFERRED_TO_GROUP);
        }
    }

    void assist(Principal caller, ChatMessages.Assist assist) {
        Conversation conversation = ownedOrSupervised(caller, assist.conversationId());
        if (conversation.status() != ConversationStatus.ACTIVE) {
            throw new ApiException(ProblemType.CONFLICT, "the chat waits in the queue: nobody serves it to be helped");
        }
        Agent colleague = agents.findAgent(assist.agentId()).filter(Agent::enabled)
                .orElseThrow(() -> ApiException.notFound("agent " + assist.agentId()));
        Instant now = clock.instant();
        jdbi.useTransaction(handle -> {
            store.join(handle, conversation.id(), colleague.id(), "ASSIST", now);
            work.ledger().record(handle, new WorkStep(conversation.id(), RoutingStepType.ASSIST, colleague.id(), caller.agentId(), conversation.ownerId(),
                    null, null, now));
        });
        LOG.info("assist: conversation={} by={} joined={}", conversation.id(), caller.login(), colleague.login());
        chats.event(conversation.id(), "assist-" + UUID.randomUUID(), ChatEvent.assistJoined(colleague.displayName()));
        delivery.toAgent(colleague.id(), ChatMessages.ASSIGNED, chats.get(conversation.id()));
    }

    /**
     * A supervisor takes a chat over from its agent: they become its owner, the agent leaves it (and
     * is told). A waiting chat has no agent to take it from: the supervisor assigns it instead.
     */
    void takeOver(Principal caller, ChatMessages.TakeOver takeOver) {
        caller.require(Role.SUPERVISOR);
        ChatPicking.requireReason(takeOver.reason());
        Conversation conversation = chats.get(new ChatAuthor.Agent(caller), takeOver.conversationId());
        requireSupervises(caller, conversation);
        if (conversation.status() != ConversationStatus.ACTIVE || conversation.ownerId() == null) {
            throw new ApiException(ProblemType.CONFLICT, conversation.status() == ConversationStatus.QUEUED
                    ? "the chat waits in the queue: assign it instead" : "the conversation has ended");
        }
        long owner = conversation.ownerId();
        if (owner == caller.agentId()) {
            throw new ApiException(ProblemType.CONFLICT, "the chat is yours already");
        }
        String reason = takeOver.reason() == null || takeOver.reason().isBlank() ? null : takeOver.reason().strip();
        Instant now = clock.instant();
        jdbi.useTransaction(handle -> {
            work.reassign(handle, conversation.id(), caller.agentId());
            store.transferToAgent(handle, conversation.id(), owner, caller.agentId(), now);
            work.ledger().record(handle, new WorkStep(conversation.id(), RoutingStepType.TAKEN_OVER, caller.agentId(), caller.agentId(), owner, null,
                    reason, now));
            audit.record(handle, caller.agentId(), "chat.take-over", target(conversation),
                    "from=agent:" + owner + reasonDetail(reason));
        });
        String name = jdbi.withHandle(handle -> store.agentName(handle, caller.agentId()));
        LOG.info("conversation taken over: id={} by={} from agent={}", conversation.id(), caller.login(), owner);
        chats.event(conversation.id(), "take-over-" + UUID.randomUUID(), ChatEvent.transferredToAgent(name));
        delivery.toAgent(caller.agentId(), ChatMessages.ASSIGNED, chats.get(conversation.id()));
        delivery.toVisitor(conversation.visitorId(), ChatMessages.STATUS,
                new ChatMessages.Status(conversation.id(), ConversationStatus.ACTIVE, null, name));
        delivery.toAgent(owner, ChatMessages.LEFT, new ChatMessages.Left(conversation.id(), RoutingStepType.TAKEN_OVER, name));
    }

    /** The chat's owner hears it left them when someone else (a supervisor) moved it; their own moves they know of. */
    private void tellMovedAway(Principal caller, long owner, long conversationId, RoutingStepType why) {
        if (owner != caller.agentId()) {
            String by = jdbi.withHandle(handle -> store.agentName(handle, caller.agentId()));
            delivery.toAgent(owner, ChatMessages.LEFT, new ChatMessages.Left(conversationId, why, by));
        }
    }

    /** Only the owner hands a chat over; a supervisor may do it for anyone. */
    private Conversation ownedOrSupervised(Principal caller, long conversationId) {
        caller.require(Role.AGENT);
        Conversation conversation = chats.get(new ChatAuthor.Agent(caller), conversationId);
        if (conversation.status() == ConversationStatus.ENDED) {
            throw new ApiException(ProblemType.CONFLICT, "the conversation has ended");
        }
        boolean owner = conversation.ownerId() != null && conversation.ownerId() == caller.agentId();
        if (!owner && !caller.role().atLeast(Role.SUPERVISOR)) {
            throw new ApiException(ProblemType.FORBIDDEN, "only the chat's owner or a supervisor hands it over");
        }
        if (!owner) {
            requireSupervises(caller, conversation);
        }
        return conversation;
    }

    /**
     * A supervisor moves the chats of the groups they belong to (as they share canned replies and
     * read the history of those groups); an administrator any chat. A chat not yet in a group (it
     * has not been routed) is every supervisor's.
     */
    private void requireSupervises(Principal caller, Conversation conversation) {
        if (caller.role().atLeast(Role.ADMIN) || conversation.groupId() == null || agents.groupsOf(caller.agentId()).contains(conversation.groupId())) {
            return;
        }
        LOG.warn("supervisor refused: login={} is not in the group of conversation {}", caller.login(), conversation.id());
        throw new ApiException(ProblemType.FORBIDDEN, "this chat is in a group you do not supervise");
    }

    private static String reasonDetail(String reason) {
        return reason == null ? "" : "; reason=" + reason;
    }

    static String target(Conversation conversation) {
        return "conversation:" + conversation.id();
    }
}
