package dev.switchboard.server.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import dev.switchboard.shared.visitors.Invitation;
import dev.switchboard.shared.visitors.PrechatField;
import dev.switchboard.shared.visitors.PrechatForm;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Chats a visitor starts by answering an invitation. The agent asked them in, so the visitor is
 * asked as little as possible (an optional name, no question type), the invitation's text becomes
 * the chat's first line (the agent, the visitor and the history all see what started it), and the
 * inviting agent gets the chat whenever they can take it (routing falls back to the rules otherwise).
 *
 * <p>Who invited each chat is stored with it ({@code conversation.invited_by}); this class keeps a
 * size-bounded cache of it for routing, which asks for every chat it decides on. The value never
 * changes once written, so the cache is never stale, and a node that misses it reads the row (ADR 0008).
 */
final class InvitedChats {

    private static final int CACHED = 10_000;

    private final Jdbi jdbi;
    /** The invitation {@code visitorId} may start a chat from (the invitations feature decides), by its id. */
    private final BiFunction<String, Long, Optional<Invitation>> accepted;
    private final ConversationStore store = new ConversationStore();
    private final Cache<Long, Optional<Long>> invitedBy = Caffeine.newBuilder().maximumSize(CACHED).build();

    InvitedChats(Jdbi jdbi, BiFunction<String, Long, Optional<Invitation>> accepted) {
        this.jdbi = jdbi;
        this.accepted = accepted;
    }

    /** The visitor's invitation a new chat starts from: one they may answer that started no chat yet. */
    Optional<Invitation> answered(String visitorId, Long invitationId) {
        if (invitationId == null) {
            return Optional.empty();
        }
        return accepted.apply(visitorId, invitationId).filter(invitation -> !jdbi.withHandle(handle -> store.startedFrom(handle, invitation.id())));
    }

    /** What an invited visitor is asked of the site's form: its name fields, none required. */
    static PrechatForm formFor(PrechatForm siteForm) {
        return new PrechatForm(siteForm.fields().stream()
                .filter(field -> field.type() == PrechatField.FieldType.NAME)
                .map(field -> new PrechatField(field.key(), field.type(), field.label(), field.labelZh(), false, field.options(), field.pattern()))
                .toList());
    }

    /**
     * In the new conversation's transaction: it remembers the invitation and who sent it, and the
     * invitation's text is its first line, by the inviting agent (no agent for a rule's invitation),
     * at the time it was sent.
     */
    void started(Handle handle, long conversationId, Invitation invitation) {
        store.startedFromInvitation(handle, conversationId, invitation.id(), invitation.agentId());
        store.append(handle, conversationId, "invitation-" + invitation.id(), SenderType.AGENT, invitation.agentId(), MessageKind.TEXT,
                invitation.message(), null, null, invitation.createdAt());
    }

    /** After the new conversation's commit: routing will ask who it is for. */
    void remember(long conversationId, Optional<Invitation> invitation) {
        invitedBy.put(conversationId, invitation.map(Invitation::agentId));
    }

    /** The agent who invited the visitor into this chat, if any. */
    Optional<Long> invitedBy(long conversationId) {
        return invitedBy.get(conversationId, id -> jdbi.withHandle(handle -> store.invitedBy(handle, id)));
    }
}
