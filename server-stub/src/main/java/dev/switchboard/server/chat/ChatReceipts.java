package dev.switchboard.server.chat;

import dev.switchboard.server.infra.BatchWriter;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.Envelope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receipts: a receiver's client tells how far it holds ({@code chat.delivered}) or has read
 * ({@code chat.read}) a chat's messages; the mark is stored forward-only and shown to the other
 * side, and given again to a client that resumes the chat. Workstations and widgets send one for
 * nearly every message, so marks are written many to a transaction by a writer of their own
 * (group commit, as messages), and passed on after their commit.
 */
final class ChatReceipts implements AutoCloseable {

    static final String VISITOR = "visitor";
    private static final Logger LOG = LoggerFactory.getLogger(ChatReceipts.class);

    private final Jdbi jdbi;
    private final ChatDelivery delivery;
    private final ReceiptStore receipts = new ReceiptStore();
    private final BatchWriter writer;

    ChatReceipts(Jdbi jdbi, ChatDelivery delivery) {
        this.jdbi = jdbi;
        this.delivery = delivery;
        this.writer = new BatchWriter(jdbi, "receipt-writer");
    }

    /**
     * The author's client holds every message up to {@code seq}. Only the visitor of the chat and the
     * agents in it send receipts (a supervisor who only watches is refused, as for writing); a mark
     * that does not move on (a repeat after a reconnect) is not passed on again.
     */
    void delivered(ChatAuthor author, long conversationId, long seq) {
        mark(author, conversationId, seq, ChatMessages.DELIVERED);
    }

    /** The author has read every message up to {@code seq}; as {@link #delivered}. */
    void read(ChatAuthor author, long conversationId, long seq) {
        mark(author, conversationId, seq, ChatMessages.READ);
    }

    private void mark(ChatAuthor author, long conversationId, long seq, String type) {
        ReceiptStore.Audience audience = requireParticipant(author, conversationId);
        Long agentId = author instanceof ChatAuthor.Agent agent ? agent.principal().agentId() : null;
        boolean read = ChatMessages.READ.equals(type);
        writer.submit(handle -> read ? receipts.markRead(handle, conversationId, agentId, seq)
                        : receipts.markDelivered(handle, conversationId, agentId, seq))
                .thenAccept(moved -> {
                    if (moved) {
                        passOn(conversationId, audience, author, type, seq);
                    }
                })
                .exceptionally(failure -> {
                    LOG.warn("a {} receipt was not stored: conversation={} seq={}", type, conversationId, seq, failure);
                    return null;
                });
    }

    /** Receipts are checked as writing ({@link ChatAccess}), on one query that also gives whom to tell. */
    private ReceiptStore.Audience requireParticipant(ChatAuthor author, long conversationId) {
        Optional<ReceiptStore.Audience> found = jdbi.withHandle(handle -> receipts.audience(handle, conversationId));
        ChatAccess.require(author, conversationId, found.map(ReceiptStore.Audience::visitorId).orElse(null),
                agentId -> found.get().agents().containsKey(agentId), true, false);
        return found.orElseThrow();
    }

    /** Named as in typing: an agent by display name to the visitor and by login to colleagues. */
    private void passOn(long id, ReceiptStore.Audience audience, ChatAuthor author, String type, long seq) {
        boolean read = ChatMessages.READ.equals(type);
        if (author instanceof ChatAuthor.Agent agent) {
            long agentId = agent.principal().agentId();
            String shown = audience.agents().get(agentId);
            String login = agent.principal().login();
            delivery.toVisitor(audience.visitorId(), type, read ? new ChatMessages.Read(id, seq, shown) : new ChatMessages.Delivered(id, seq, shown));
            delivery.toParticipants(id, audience.agents().keySet(), agentId, type,
                    read ? new ChatMessages.Read(id, seq, login) : new ChatMessages.Delivered(id, seq, login));
        } else {
            delivery.toParticipants(id, audience.agents().keySet(), null, type,
                    read ? new ChatMessages.Read(id, seq, VISITOR) : new ChatMessages.Delivered(id, seq, VISITOR));
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

    /** Writes the marks still queued; call before the database closes. */
    @Override
    public void close() {
        writer.close();
    }
}
