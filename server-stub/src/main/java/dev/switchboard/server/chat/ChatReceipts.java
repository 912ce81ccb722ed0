package dev.switchboard.server.chat;

import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.ws.Envelope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Delivered receipts ({@code chat.delivered}): a receiver's client tells how far it holds a chat's
 * messages; the mark is stored forward-only and shown to the other side, and given again to a
 * client that resumes the chat.
 */
final class ChatReceipts {

    static final String VISITOR = "visitor";

    private final Jdbi jdbi;
    private final ChatService chats;
    private final ChatDelivery delivery;
    private final ReceiptStore receipts = new ReceiptStore();
    private final ConversationStore store = new ConversationStore();

    ChatReceipts(Jdbi jdbi, ChatService chats, ChatDelivery delivery) {
        this.jdbi = jdbi;
        this.chats = chats;
        this.delivery = delivery;
    }

    /**
     * The author's client holds every message up to {@code seq}. Only the visitor of the chat and the
     * agents in it send receipts (a supervisor who only watches is refused, as for writing); a mark
     * that does not move on (a repeat after a reconnect) is not passed on again.
     */
    void delivered(ChatAuthor author, long conversationId, long seq) {
        Conversation conversation = chats.requireParticipant(author, conversationId);
        Long agentId = author instanceof ChatAuthor.Agent agent ? agent.principal().agentId() : null;
        if (!jdbi.inTransaction(handle -> receipts.markDelivered(handle, conversationId, agentId, seq))) {
            return;
        }
        if (author instanceof ChatAuthor.Agent agent) {
            // named as in chat.read: by display name to the visitor, by login to colleagues
            String shown = jdbi.withHandle(handle -> store.agentName(handle, agentId));
            delivery.toVisitor(conversation.visitorId(), ChatMessages.DELIVERED, new ChatMessages.Delivered(conversationId, seq, shown));
            delivery.toOtherAgents(conversation, agentId, ChatMessages.DELIVERED,
                    new ChatMessages.Delivered(conversationId, seq, agent.principal().login()));
        } else {
            delivery.toOthers(conversation, author, ChatMessages.DELIVERED, new ChatMessages.Delivered(conversationId, seq, VISITOR));
        }
    }

    /** For a resuming widget: how far the agents' workstations hold the chat; empty before any said so. */
    Optional<ChatMessages.Delivered> agentsDelivered(long conversationId) {
        return jdbi.withHandle(handle -> receipts.agentsDelivered(handle, conversationId))
                .map(mark -> new ChatMessages.Delivered(conversationId, mark.getValue(), mark.getKey()));
    }

    /**
     * For a resuming workstation (after a restart it may have nothing cached): the visitor's
     * delivered and read marks, as the receipts the visitor sent; none while they are 0.
     */
    List<Envelope> visitorMarks(long conversationId) {
        ReceiptStore.VisitorMarks marks = jdbi.withHandle(handle -> receipts.visitorMarks(handle, conversationId));
        List<Envelope> envelopes = new ArrayList<>(2);
        if (marks.delivered() > 0) {
            envelopes.add(ChatDelivery.envelope(ChatMessages.DELIVERED, null, new ChatMessages.Delivered(conversationId, marks.delivered(), VISITOR)));
        }
        if (marks.read() > 0) {
            envelopes.add(ChatDelivery.envelope(ChatMessages.READ, null, new ChatMessages.Read(conversationId, marks.read(), VISITOR)));
        }
        return envelopes;
    }
}
