package dev.switchboard.app.testing;

import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatPhase;
import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.chat.ChatEventType;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Chats, conversations and messages as the chat service hands them out, for view model tests. */
public final class ChatFixtures {

    public static final Instant START = Instant.parse("2026-11-02T08:00:00Z");
    /** The signed-in agent of these chats. */
    public static final long SELF = 1;

    private ChatFixtures() {
    }

    /** An active conversation of the visitor who gave {@code name} (empty: no name), holding {@code lastSeq} messages. */
    public static Conversation conversation(long id, String name, long lastSeq) {
        return new Conversation(id, "v-" + id, "default", ConversationStatus.ACTIVE, 10L, SELF,
                name.isEmpty() ? Map.of() : Map.of("name", name), lastSeq, START, START, null, null, null);
    }

    public static Chat chat(long id, String name, ChatPhase phase, int unread, ChatMessage... messages) {
        long lastSeq = messages.length == 0 ? 0 : messages[messages.length - 1].seq();
        return new Chat(conversation(id, name, lastSeq), phase, null, List.of(messages), List.of(), 0, 0, 0, false, List.of(), "",
                SELF, unread);
    }

    /** The same chat as the server announced it: knowing of {@code serverLastSeq} messages, of which none are in yet. */
    public static Chat announced(long id, String name, long serverLastSeq) {
        return new Chat(conversation(id, name, serverLastSeq), ChatPhase.OPEN, null, List.of(), List.of(), 0, 0, 0, false, List.of(), "",
                SELF, 0);
    }

    public static ChatMessage fromVisitor(long conversationId, long seq, String text) {
        return new ChatMessage(conversationId, seq, "c-" + seq, SenderType.VISITOR, null, null, MessageKind.TEXT, text, START, null, null);
    }

    public static ChatMessage note(long conversationId, long seq, long agentId, String agentName, String text) {
        return new ChatMessage(conversationId, seq, "c-" + seq, SenderType.AGENT, agentId, agentName, MessageKind.NOTE, text, START,
                null, null);
    }

    public static ChatMessage event(long conversationId, long seq, ChatEventType type, String agentName) {
        return new ChatMessage(conversationId, seq, "c-" + seq, SenderType.SYSTEM, null, null, MessageKind.EVENT, type.name(), START,
                null, new ChatEvent(type, agentName, null));
    }
}
