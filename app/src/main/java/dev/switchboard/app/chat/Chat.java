package dev.switchboard.app.chat;

import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import java.util.List;

/**
 * One chat as the agent sees it at one moment, immutable: the conversation, its messages in
 * sequence order (notes and event lines included), what the agent sent that is not stored yet,
 * read marks, who is typing, the saved draft. Built off the FX thread and handed to the UI whole.
 *
 * @param readSeq          how far the agent has read
 * @param visitorReadSeq   how far the visitor has read
 * @param visitorDeliveredSeq how far the visitor's page holds the chat
 * @param colleaguesTyping logins of other agents typing in this chat
 * @param unread           messages by others (text and notes) after {@code readSeq}
 * @param visitorDraft     what the visitor is typing and has not sent, on sites that show it (the typing preview); empty when not
 */
public record Chat(Conversation conversation, ChatPhase phase, String endedBy, List<ChatMessage> messages,
                   List<OutgoingMessage> outbox, long readSeq, long visitorReadSeq, long visitorDeliveredSeq, boolean visitorTyping,
                   List<String> colleaguesTyping, String draft, long selfId, int unread, String visitorDraft) {

    public Chat {
        messages = List.copyOf(messages);
        outbox = List.copyOf(outbox);
        colleaguesTyping = List.copyOf(colleaguesTyping);
        draft = draft == null ? "" : draft;
        visitorDraft = visitorDraft == null ? "" : visitorDraft;
    }

    /** A chat without a visitor's draft shown. */
    public Chat(Conversation conversation, ChatPhase phase, String endedBy, List<ChatMessage> messages, List<OutgoingMessage> outbox,
                long readSeq, long visitorReadSeq, long visitorDeliveredSeq, boolean visitorTyping, List<String> colleaguesTyping,
                String draft, long selfId, int unread) {
        this(conversation, phase, endedBy, messages, outbox, readSeq, visitorReadSeq, visitorDeliveredSeq, visitorTyping, colleaguesTyping,
                draft, selfId, unread, "");
    }

    public long id() {
        return conversation.id();
    }

    /** The newest sequence number this chat shows (0 before the first message). */
    public long lastSeq() {
        return messages.isEmpty() ? 0 : messages.get(messages.size() - 1).seq();
    }

    /** Written by this agent. */
    public boolean mine(ChatMessage message) {
        return writtenBy(message, selfId);
    }

    public static boolean writtenBy(ChatMessage message, long agentId) {
        return message.senderType() == SenderType.AGENT && message.senderAgentId() != null && message.senderAgentId() == agentId;
    }

    /** Counts toward the unread badge: text or a note by someone else. */
    public static boolean countsAsUnread(ChatMessage message, long selfId) {
        return !writtenBy(message, selfId) && message.kind() != MessageKind.EVENT;
    }

    /** How far one of the agent's stored messages got; notes never reach the visitor, so they stay sent. */
    public Delivery delivery(ChatMessage message) {
        if (message.kind() != MessageKind.TEXT) {
            return Delivery.SENT;
        }
        if (visitorReadSeq >= message.seq()) {
            return Delivery.READ;
        }
        return visitorDeliveredSeq >= message.seq() ? Delivery.DELIVERED : Delivery.SENT;
    }

    /** The visitor's name from the pre-chat form, or empty. */
    public String visitorName() {
        String name = conversation.prechat().get("name");
        return name == null ? "" : name.strip();
    }

    public boolean writable() {
        return phase == ChatPhase.OPEN || phase == ChatPhase.WATCHING;
    }
}
