package dev.switchboard.server.chat;

import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * What a visitor's widget learns about its chats besides their messages: where a resumed chat
 * stands and how far the agents have read it, and the visitor's earlier conversations. Only ever
 * the visitor's own: the visitor id is the one their socket proved.
 */
final class VisitorChatView {

    /** Conversations per history page, and messages per conversation shown in the history. */
    static final int HISTORY_PAGE = 3;
    static final int HISTORY_MESSAGES = 200;

    private final Jdbi jdbi;
    private final ChatService chats;
    private final ConversationStore store = new ConversationStore();

    VisitorChatView(Jdbi jdbi, ChatService chats) {
        this.jdbi = jdbi;
        this.chats = chats;
    }

    /**
     * The end of an answer to {@code chat.resume}: the chat's status, with the serving agent's name,
     * and {@code upTo}, below which every message for the visitor has been sent.
     */
    ChatMessages.Status resumed(ChatAuthor.Visitor visitor, long conversationId, long upTo) {
        Conversation conversation = chats.get(visitor, conversationId);
        String agentName = conversation.status() == ConversationStatus.ACTIVE && conversation.ownerId() != null
                ? jdbi.withHandle(handle -> store.agentName(handle, conversation.ownerId())) : null;
        return new ChatMessages.Status(conversationId, conversation.status(), null, agentName, null, null, upTo);
    }

    /** How far the agents have read, as the {@code chat.read} they sent; empty before they read anything. */
    Optional<ChatMessages.Read> agentsRead(long conversationId) {
        return jdbi.withHandle(handle -> store.agentsRead(handle, conversationId))
                .map(read -> new ChatMessages.Read(conversationId, read.getValue(), read.getKey()));
    }

    /**
     * The visitor's ended conversations before {@code before} (from the newest when null), newest first,
     * notes left out; an open one is the widget's current chat, which it resumes instead.
     */
    ChatMessages.HistoryPage history(ChatAuthor.Visitor visitor, Long before) {
        List<Conversation> found = jdbi.withHandle(handle -> store.endedOfVisitor(handle, visitor.visitorId(), before, HISTORY_PAGE + 1));
        List<ChatMessages.PastChat> page = new ArrayList<>();
        for (Conversation conversation : found.subList(0, Math.min(HISTORY_PAGE, found.size()))) {
            List<ChatMessage> messages = jdbi.withHandle(handle -> store.messagesAfter(handle, conversation.id(), 0, HISTORY_MESSAGES, false));
            page.add(new ChatMessages.PastChat(conversation.id(), conversation.status(), conversation.createdAt(), conversation.endedAt(),
                    messages));
        }
        return new ChatMessages.HistoryPage(page, found.size() > HISTORY_PAGE);
    }
}
