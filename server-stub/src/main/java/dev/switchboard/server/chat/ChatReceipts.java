package dev.switchboard.server.chat;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.BatchWriter;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.problem.ProblemType;
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

    /**
     * The rule for writing into a chat ({@code ChatService}): a visitor marks only their own chat, an
     * agent only one they take part in (a supervisor who only watches, too, is refused). Checked
     * on one query that also gives whom to tell, as a client sends a receipt for nearly every message.
     */
    private ReceiptStore.Audience requireParticipant(ChatAuthor author, long conversationId) {
        Optional<ReceiptStore.Audience> found = jdbi.withHandle(handle -> receipts.audience(handle, conversationId));
        if (author instanceof ChatAuthor.Visitor visitor) {
            if (found.isEmpty() || !found.get().visitorId().equals(visitor.visitorId())) {
                LOG.warn("visitor refused: visitor={} tried conversation {}", visitor.visitorId(), conversationId);
                throw ApiException.notFound("conversation " + conversationId);
            }
            return found.get();
        }
        Principal principal = ((ChatAuthor.Agent) author).principal();
        principal.require(Role.AGENT);
        ReceiptStore.Audience audience = found.orElseThrow(() -> ApiException.notFound("conversation " + conversationId));
        if (!audience.agents().containsKey(principal.agentId())) {
            LOG.warn("agent refused: login={} is not in conversation {}", principal.login(), conversationId);
            throw new ApiException(ProblemType.FORBIDDEN, "you are not in this conversation");
        }
        return audience;
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
