package dev.switchboard.server.chat;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.distribution.WorkQueue;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.realtime.AgentPeer;
import dev.switchboard.server.sensitive.MessageScreen;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.MessagePage;
import dev.switchboard.shared.chat.NewMessage;
import dev.switchboard.shared.chat.SenderType;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.routing.RoutingStep;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversations and their messages. A message is stored before it is acknowledged, gets the
 * conversation's next sequence number, and is stored once however often its sender repeats it
 * (same {@code clientId}); receivers resume from the last sequence they saw. How a chat begins is
 * {@link ChatStarts}', its files are {@link ChatAttachments}'.
 */
public final class ChatService {

    private static final Logger LOG = LoggerFactory.getLogger(ChatService.class);
    private static final int MAX_PAGE = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ChatDelivery delivery;
    private final ConversationStore store = new ConversationStore();
    private final AttachmentStore attachments;
    /**
     * Stores messages many at a time (group commit): each is acknowledged only after its commit,
     * but a busy backend writes one commit for many messages instead of one each.
     */
    private final MessageWriter writer;
    /** The distribution engine's queue of chats: it gives new chats to agents. */
    private final WorkQueue work;
    /** Registered while the features are installed: configuration, the same on every node (ADR 0008). */
    private final List<ChatEndHook> endHooks = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Sensitive words: agents' messages are checked before they are stored, visitors' flagged after. */
    private final MessageScreen screen;

    ChatService(Jdbi jdbi, Clock clock, ChatDelivery delivery, AttachmentStore attachments, WorkQueue work, MessageScreen screen) {
        this.jdbi = jdbi;
        this.screen = screen;
        this.work = work;
        this.clock = clock;
        this.delivery = delivery;
        this.attachments = attachments;
        this.writer = new MessageWriter(jdbi);
    }

    public ChatMessage post(ChatAuthor author, long conversationId, String clientId, String text, boolean note) {
        return post(author, conversationId, clientId, text, note, null);
    }

    /** Posts a message; with {@code attachmentId}, a file the same author uploaded to this conversation, captioned by {@code text}. */
    public ChatMessage post(ChatAuthor author, long conversationId, String clientId, String text, boolean note, String attachmentId) {
        return post(author, conversationId, clientId, text, note, attachmentId, false);
    }

    /**
     * The same; {@code sensitiveConfirmed}: the agent was warned of the sensitive words in the text
     * and sends it anyway (refused without it, 422, and always where administrators block them).
     */
    public ChatMessage post(ChatAuthor author, long conversationId, String clientId, String text, boolean note, String attachmentId,
                            boolean sensitiveConfirmed) {
        List<FieldError> errors = new ArrayList<>();
        if (clientId == null || clientId.isBlank() || clientId.length() > NewMessage.MAX_CLIENT_ID) {
            errors.add(new FieldError("clientId", "1 to " + NewMessage.MAX_CLIENT_ID + " characters, chosen by the sender"));
        }
        String body = text == null && attachmentId != null ? "" : text;
        if (body == null || (body.isBlank() && attachmentId == null) || body.length() > NewMessage.MAX_TEXT) {
            errors.add(new FieldError("text", "1 to " + NewMessage.MAX_TEXT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the message is not valid", errors);
        }
        // access and who hears the message in one go: a busy backend posts thousands a second
        Addressed addressed = jdbi.withHandle(handle -> new Addressed(requireAccess(handle, author, conversationId, true, note),
                Set.copyOf(store.participants(handle, conversationId))));
        Conversation conversation = addressed.conversation();
        if (note && !(author instanceof ChatAuthor.Agent)) {
            throw new ApiException(ProblemType.FORBIDDEN, "only agents write internal notes");
        }
        if (attachmentId != null) {
            AttachmentStore.Stored file = attachments.find(attachmentId)
                    .filter(stored -> stored.conversationId() == conversationId && stored.uploader().equals(ChatAttachments.uploaderOf(author)))
                    .orElseThrow(() -> ApiException.invalid("unknown attachment",
                            List.of(new FieldError("attachmentId", "upload the file to this conversation first"))));
            LOG.debug("message with attachment {}", file.attachment().id());
        }
        SenderType sender = author instanceof ChatAuthor.Agent ? SenderType.AGENT : SenderType.VISITOR;
        if (sender == SenderType.AGENT && !note) {
            checkSensitiveWords(conversationId, clientId, body, sensitiveConfirmed);
        }
        Long agentId = author instanceof ChatAuthor.Agent agent ? agent.principal().agentId() : null;
        // one writer stores every message, so the same clientId sent twice at once is found by the second attempt
        MessageWriter.Stored stored = awaitWrite(writer.submit(new MessageWriter.Post(conversationId, clientId, sender, agentId,
                note ? MessageKind.NOTE : MessageKind.TEXT, body, attachmentId, conversation.status() == ConversationStatus.ENDED, clock.instant())));
        if (stored.message() == null) {
            throw new ApiException(ProblemType.CONFLICT, "the conversation has ended");
        }
        if (stored.isNew()) {
            // a colleague who joins meanwhile gets the message when their workstation resumes the chat
            delivery.publish(conversation, stored.message(), addressed.participants());
            if (sender == SenderType.VISITOR) {
                screen.visitorMessageStored(conversation, stored.message());
            }
        }
        return stored.message();
    }

    /** A message stored earlier under the same clientId (sent again after a lost answer) is answered as it is, whatever the list says now. */
    private void checkSensitiveWords(long conversationId, String clientId, String text, boolean confirmed) {
        try {
            screen.checkAgentText(text, confirmed);
        } catch (ApiException refused) {
            if (jdbi.withHandle(handle -> store.messageByClientId(handle, conversationId, SenderType.AGENT, clientId)).isEmpty()) {
                throw refused;
            }
        }
    }

    /** A conversation someone may post to, and its participants. */
    private record Addressed(Conversation conversation, Set<Long> participants) {
    }

    private static <T> T awaitWrite(CompletableFuture<T> write) {
        try {
            return write.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Stores what is still queued; call after the HTTP server stopped and before the database closes. */
    void close() {
        writer.close();
    }

    /** A line such as "Alice joined" written by the system: its meaning in {@code event}, its English in the body. */
    void event(long conversationId, String clientId, ChatEvent event) {
        Conversation conversation = get(conversationId);
        ChatMessage message = jdbi.inTransaction(handle -> store.messageByClientId(handle, conversationId, SenderType.SYSTEM, clientId)
                .orElseGet(() -> store.append(handle, conversationId, clientId, SenderType.SYSTEM, null, MessageKind.EVENT,
                        event.english(), null, event, clock.instant())));
        delivery.publish(conversation, message);
    }

    /**
     * A supervisor follows a chat read-only from one workstation, which is sent the chat so far and
     * then each new line, once and in order; whispers to its agents are notes.
     */
    void watch(AgentPeer supervisor, long conversationId) {
        supervisor.principal().require(Role.SUPERVISOR);
        get(conversationId);
        LOG.info("supervisor watches: login={} conversation={}", supervisor.principal().login(), conversationId);
        delivery.watch(conversationId, supervisor);
    }

    void unwatch(AgentPeer supervisor, long conversationId) {
        delivery.unwatch(conversationId, supervisor.id());
    }

    /** The workstation's socket closed. */
    void forgetPeer(AgentPeer peer) {
        delivery.forgetPeer(peer.id());
    }

    /** The agent is no supervisor any more. */
    void forgetWatcher(long agentId) {
        delivery.forgetWatcher(agentId);
    }

    /** Either side ends the chat (an agent only when it is theirs, or as a supervisor: not a colleague who assists); ending it again changes nothing. */
    public void end(ChatAuthor author, long conversationId) {
        Conversation conversation = requireAccess(author, conversationId, true);
        if (author instanceof ChatAuthor.Agent agent && !agent.principal().role().atLeast(Role.SUPERVISOR)
                && (conversation.ownerId() == null || conversation.ownerId() != agent.principal().agentId())) {
            throw new ApiException(ProblemType.FORBIDDEN, "only the chat's owner or a supervisor ends it");
        }
        String by = author instanceof ChatAuthor.Agent agent ? agent.principal().login() : "visitor";
        String agentName = author instanceof ChatAuthor.Agent agent
                ? jdbi.withHandle(handle -> store.agentName(handle, agent.principal().agentId())) : null;
        end(conversation, by, agentName);
    }

    /** The backend ends a chat by itself (the visitor stayed silent too long); "system" ended it. */
    void endBySystem(long conversationId) {
        end(get(conversationId), SYSTEM, null);
    }

    /** Who ended a chat the backend ended by itself, in {@code chat.ended}. */
    static final String SYSTEM = "system";

    private void end(Conversation conversation, String by, String agentName) {
        long conversationId = conversation.id();
        Instant now = clock.instant();
        boolean ended = jdbi.inTransaction(handle -> {
            boolean changed = store.end(handle, conversationId, by, now);
            if (changed) {
                endHooks.forEach(hook -> hook.ended(handle, conversation, now));
            }
            return changed;
        });
        if (!ended) {
            return;
        }
        LOG.info("conversation ended: id={} by={}", conversationId, by);
        delivery.chatEnded(conversation.visitorId());
        event(conversationId, "ended", ChatEvent.ended(agentName));
        // people are told the name they see in the chat; the login stays in the log and the store
        delivery.toConversation(conversation, ChatMessages.ENDED, new ChatMessages.Ended(conversationId, agentName == null ? by : agentName), true);
        // its agent has room for another chat
        work.drainLater();
    }

    /** {@code hook} runs in the transaction of every chat's end from now on. */
    void onEnded(ChatEndHook hook) {
        endHooks.add(hook);
    }

    /**
     * A text the backend says by itself (a welcome, a reminder): from SYSTEM, seen by the visitor and
     * the agents. Stored once per {@code clientId}, so that saying it again (a retry, another node)
     * changes nothing; false when it was stored already or the chat has ended.
     */
    boolean say(long conversationId, String clientId, String text) {
        Conversation conversation = get(conversationId);
        if (conversation.status() == ConversationStatus.ENDED) {
            return false;
        }
        Optional<ChatMessage> said = jdbi.inTransaction(handle -> store.messageByClientId(handle, conversationId, SenderType.SYSTEM, clientId)
                .isPresent() ? Optional.<ChatMessage>empty()
                : Optional.of(store.append(handle, conversationId, clientId, SenderType.SYSTEM, null, MessageKind.TEXT, text, null, null,
                        clock.instant())));
        said.ifPresent(message -> delivery.publish(conversation, message));
        return said.isPresent();
    }

    /** Offers the visitor of a waiting chat to leave a message; the queue tells them with their place (chat.status leaveMessage). */
    void offerLeaveMessage(long conversationId) {
        int offered = jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE conversation SET leave_message_offered = TRUE WHERE id = :id AND status = 'QUEUED' AND NOT leave_message_offered")
                .bind("id", conversationId).execute());
        if (offered > 0) {
            LOG.info("leave-a-message offered outside business hours: conversation={}", conversationId);
            work.drainLater();
        }
    }

    /** The visitor's satisfaction survey, once the chat is over; the chat's agents see it at once. */
    public void rate(ChatAuthor author, long conversationId, int rating, String comment) {
        if (!(author instanceof ChatAuthor.Visitor)) {
            throw new ApiException(ProblemType.FORBIDDEN, "only the visitor rates a chat");
        }
        if (rating < 1 || rating > 5 || (comment != null && comment.length() > 1000)) {
            throw ApiException.invalid("the rating is not valid", List.of(new FieldError("rating", "1 to 5 stars, a comment of at most 1000 characters")));
        }
        Conversation conversation = requireAccess(author, conversationId, false);
        if (conversation.status() != ConversationStatus.ENDED) {
            throw new ApiException(ProblemType.CONFLICT, "a chat is rated after it ended");
        }
        String stripped = comment == null ? null : comment.strip();
        jdbi.useTransaction(handle -> store.rate(handle, conversationId, rating, stripped));
        LOG.info("conversation rated: id={} rating={}", conversationId, rating);
        delivery.toConversation(conversation, ChatMessages.RATED, new ChatMessages.Rated(conversationId, rating, stripped), false);
    }

    /**
     * Typing indicators are relayed, never stored. An agent is named by login to colleagues and by
     * the display name to the visitor, who never sees logins.
     */
    public void typing(ChatAuthor author, long conversationId, boolean typing) {
        Conversation conversation = requireAccess(author, conversationId, true);
        if (author instanceof ChatAuthor.Agent agent) {
            String shown = jdbi.withHandle(handle -> store.agentName(handle, agent.principal().agentId()));
            delivery.toVisitor(conversation.visitorId(), ChatMessages.TYPING, new ChatMessages.Typing(conversationId, typing, shown));
            delivery.toOtherAgents(conversation, agent.principal().agentId(), ChatMessages.TYPING,
                    new ChatMessages.Typing(conversationId, typing, agent.principal().login()));
        } else {
            delivery.toOthers(conversation, author, ChatMessages.TYPING, new ChatMessages.Typing(conversationId, typing, null));
        }
    }

    public MessagePage messages(ChatAuthor author, long conversationId, long after, int limit) {
        requireAccess(author, conversationId, false);
        int bounded = Math.max(1, Math.min(limit, MAX_PAGE));
        boolean agent = author instanceof ChatAuthor.Agent;
        List<ChatMessage> messages = jdbi.withHandle(handle -> store.messagesAfter(handle, conversationId, Math.max(0, after), bounded + 1, agent));
        boolean more = messages.size() > bounded;
        return new MessagePage(more ? messages.subList(0, bounded) : messages, more);
    }

    /** An agent's own conversations; supervisors see everyone's. */
    public List<Conversation> list(Principal caller, ConversationStatus status) {
        caller.require(Role.AGENT);
        Long participant = caller.role().atLeast(Role.SUPERVISOR) ? null : caller.agentId();
        return jdbi.withHandle(handle -> withHistories(handle, store.list(handle, status, participant, 500)));
    }

    /** The chats an agent takes part in that are not over. */
    List<Conversation> ownOpen(Principal agent) {
        return jdbi.withHandle(handle -> withHistories(handle, store.list(handle, ConversationStatus.ACTIVE, agent.agentId(), 500)));
    }

    /** The conversations with their routing histories, which say how each came to whom (ADR 0013). */
    private List<Conversation> withHistories(Handle handle, List<Conversation> conversations) {
        Map<Long, List<RoutingStep>> histories = work.ledger().history(handle, conversations.stream().map(Conversation::id).toList());
        return conversations.stream().map(c -> c.routing() == null || !histories.containsKey(c.id()) ? c
                : ConversationStore.withRouting(c, c.routing().withHistory(histories.get(c.id())))).toList();
    }

    public Conversation get(ChatAuthor author, long conversationId) {
        requireAccess(author, conversationId, false);
        return get(conversationId);
    }

    Conversation get(long conversationId) {
        return jdbi.withHandle(handle -> store.find(handle, conversationId).map(found -> withHistories(handle, List.of(found)).get(0)))
                .orElseThrow(() -> ApiException.notFound("conversation " + conversationId));
    }

    /** The conversation (without its routing reasons) if the author may write into it. */
    Conversation writableBy(ChatAuthor author, long conversationId) {
        return requireAccess(author, conversationId, true);
    }

    /** The conversation, if the author may read it ({@code writing} false) or write into it ({@link ChatAccess}). */
    private Conversation requireAccess(ChatAuthor author, long conversationId, boolean writing) {
        return requireAccess(author, conversationId, writing, false);
    }

    /** {@code whispering}: a supervisor writing a note, which agents alone see, into any chat. */
    private Conversation requireAccess(ChatAuthor author, long conversationId, boolean writing, boolean whispering) {
        return jdbi.withHandle(handle -> requireAccess(handle, author, conversationId, writing, whispering));
    }

    private Conversation requireAccess(Handle handle, ChatAuthor author, long conversationId, boolean writing, boolean whispering) {
        Optional<Conversation> found = store.findWithoutRouting(handle, conversationId);
        ChatAccess.require(author, conversationId, found.map(Conversation::visitorId).orElse(null),
                agentId -> store.isParticipant(handle, conversationId, agentId), writing, whispering);
        return found.orElseThrow();
    }
}
