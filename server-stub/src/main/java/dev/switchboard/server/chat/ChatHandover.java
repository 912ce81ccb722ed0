package dev.switchboard.server.chat;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.distribution.WorkQueue;
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
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moving chats between agents: transfer to a colleague or back into a group's queue (the receiver
 * sees the whole history and the note), and bringing colleagues in to assist.
 */
final class ChatHandover {

    private static final Logger LOG = LoggerFactory.getLogger(ChatHandover.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ChatService chats;
    private final ChatDelivery delivery;
    private final WorkQueue work;
    private final AgentDirectory agents;
    private final ConversationStore store = new ConversationStore();

    ChatHandover(Jdbi jdbi, Clock clock, ChatService chats, ChatDelivery delivery, WorkQueue work, AgentDirectory agents) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.chats = chats;
        this.delivery = delivery;
        this.work = work;
        this.agents = agents;
    }

    void transfer(Principal caller, ChatMessages.Transfer transfer) {
        Conversation conversation = ownedOrSupervised(caller, transfer.conversationId());
        if ((transfer.toAgentId() == null) == (transfer.toGroupId() == null)) {
            throw ApiException.invalid("name one receiver", List.of(new FieldError("toAgentId", "either an agent or a group")));
        }
        if (transfer.note() != null && transfer.note().length() > 1000) {
            throw ApiException.invalid("the note is too long", List.of(new FieldError("note", "at most 1000 characters")));
        }
        String from = caller.login();
        if (transfer.note() != null && !transfer.note().isBlank()) {
            chats.post(new ChatAuthor.Agent(caller), conversation.id(), "transfer-note-" + UUID.randomUUID(), transfer.note().strip(), true);
        }
        long owner = conversation.ownerId() == null ? caller.agentId() : conversation.ownerId();
        if (transfer.toAgentId() != null) {
            Agent receiver = agents.findAgent(transfer.toAgentId()).filter(Agent::enabled)
                    .orElseThrow(() -> ApiException.notFound("agent " + transfer.toAgentId()));
            if (receiver.status() != AgentStatus.ONLINE) {
                throw new ApiException(ProblemType.CONFLICT, receiver.displayName() + " is not online");
            }
            jdbi.useTransaction(handle -> {
                work.reassign(handle, conversation.id(), receiver.id());
                store.transferToAgent(handle, conversation.id(), owner, receiver.id(), clock.instant());
            });
            LOG.info("conversation transferred: id={} from={} to={}", conversation.id(), from, receiver.login());
            chats.event(conversation.id(), "transfer-" + UUID.randomUUID(), ChatEvent.transferredToAgent(receiver.displayName()));
            delivery.toAgent(receiver.id(), ChatMessages.ASSIGNED, chats.get(conversation.id()));
            delivery.toVisitor(conversation.visitorId(), ChatMessages.STATUS,
                    new ChatMessages.Status(conversation.id(), ConversationStatus.ACTIVE, null, receiver.displayName()));
        } else {
            String group = agents.groupName(transfer.toGroupId()).orElseThrow(() -> ApiException.notFound("group " + transfer.toGroupId()));
            // nobody owns it until the engine gives it out again
            jdbi.useTransaction(handle -> {
                work.returnToGroup(handle, conversation.id(), transfer.toGroupId());
                store.leave(handle, conversation.id(), owner, clock.instant());
            });
            LOG.info("conversation transferred: id={} from={} to group={}", conversation.id(), from, transfer.toGroupId());
            chats.event(conversation.id(), "transfer-" + UUID.randomUUID(), ChatEvent.transferredToGroup(group));
            work.submit(conversation.id());
        }
    }

    void assist(Principal caller, ChatMessages.Assist assist) {
        Conversation conversation = ownedOrSupervised(caller, assist.conversationId());
        Agent colleague = agents.findAgent(assist.agentId()).filter(Agent::enabled)
                .orElseThrow(() -> ApiException.notFound("agent " + assist.agentId()));
        jdbi.useTransaction(handle -> store.join(handle, conversation.id(), colleague.id(), "ASSIST", clock.instant()));
        LOG.info("assist: conversation={} by={} joined={}", conversation.id(), caller.login(), colleague.login());
        chats.event(conversation.id(), "assist-" + UUID.randomUUID(), ChatEvent.assistJoined(colleague.displayName()));
        delivery.toAgent(colleague.id(), ChatMessages.ASSIGNED, chats.get(conversation.id()));
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
        return conversation;
    }
}
