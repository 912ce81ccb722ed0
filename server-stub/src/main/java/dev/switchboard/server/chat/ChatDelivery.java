package dev.switchboard.server.chat;

import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.server.visitors.VisitorTracker;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.Envelope;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Pushes stored messages to whoever is connected: the visitor's pages (never notes) and the
 * participating agents' workstations. Pushing is best effort; a receiver that missed something
 * resumes from its last sequence number.
 */
public final class ChatDelivery {

    private final Jdbi jdbi;
    private final VisitorTracker visitors;
    private final AgentSocket agents;
    private final ConversationStore store = new ConversationStore();

    public ChatDelivery(Jdbi jdbi, VisitorTracker visitors, AgentSocket agents) {
        this.jdbi = jdbi;
        this.visitors = visitors;
        this.agents = agents;
    }

    void publish(Conversation conversation, ChatMessage message) {
        Envelope envelope = envelope(ChatMessages.MESSAGE, message.seq(), message);
        if (message.kind() != MessageKind.NOTE) {
            visitors.sendToVisitor(conversation.visitorId(), envelope);
        }
        List<Long> participants = jdbi.withHandle(handle -> store.participants(handle, conversation.id()));
        agents.sendToAgents(participants, envelope);
    }

    /** To the visitor (unless {@code withVisitor} is false) and every participating agent. */
    void toConversation(Conversation conversation, String type, Object payload, boolean withVisitor) {
        Envelope envelope = envelope(type, null, payload);
        if (withVisitor) {
            visitors.sendToVisitor(conversation.visitorId(), envelope);
        }
        agents.sendToAgents(jdbi.withHandle(handle -> store.participants(handle, conversation.id())), envelope);
    }

    /** To everyone in the conversation but the author: the visitor hears agents, agents hear the visitor and each other. */
    void toOthers(Conversation conversation, ChatAuthor author, String type, Object payload) {
        Envelope envelope = envelope(type, null, payload);
        List<Long> participants = jdbi.withHandle(handle -> store.participants(handle, conversation.id()));
        if (author instanceof ChatAuthor.Agent agent) {
            visitors.sendToVisitor(conversation.visitorId(), envelope);
            agents.sendToAgents(participants.stream().filter(id -> id != agent.principal().agentId()).toList(), envelope);
        } else {
            agents.sendToAgents(participants, envelope);
        }
    }

    void toVisitor(String visitorId, String type, Object payload) {
        visitors.sendToVisitor(visitorId, envelope(type, null, payload));
    }

    void toAgent(long agentId, String type, Object payload) {
        agents.sendToAgents(List.of(agentId), envelope(type, null, payload));
    }

    static Envelope envelope(String type, Long seq, Object payload) {
        return new Envelope(type, null, seq, Json.mapper().valueToTree(payload));
    }
}
