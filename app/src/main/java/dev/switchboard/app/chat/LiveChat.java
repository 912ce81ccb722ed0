package dev.switchboard.app.chat;

import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.SenderType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The mutable state of one chat, touched only on the chat service's thread. Messages are applied
 * strictly in sequence order: one that arrives early waits in {@code ahead} until the gap before
 * it is filled, and one already applied is ignored, so repeats after a reconnect change nothing.
 */
final class LiveChat {

    Conversation conversation;
    ChatPhase phase;
    String endedBy;
    long readSeq;
    long visitorReadSeq;
    long visitorDeliveredSeq;
    /** The newest visitor message applied, and the newest this connection told the server it holds ({@code chat.delivered}). */
    long visitorHeldSeq;
    long deliveredSent;
    boolean visitorTyping;
    final Set<String> colleaguesTyping = new TreeSet<>();
    String draft;
    /** The visitor's unsent text (typing preview), and a count of the drafts received, so that a timer clears only its own. */
    String visitorDraft = "";
    long draftEpoch;
    Instant dismissedAt;
    final long openedOrder;
    /** Told again of this chat ({@code chat.assigned}) since the current connection opened. */
    boolean announced;
    /** Counts typing signals received, so that a timer clears only the indicator it was started for. */
    long typingEpoch;

    private final List<ChatMessage> messages = new ArrayList<>();
    private final TreeMap<Long, ChatMessage> ahead = new TreeMap<>();
    private final Map<String, OutgoingMessage> outbox = new LinkedHashMap<>();
    private long appliedSeq;
    private Chat snapshot;

    LiveChat(ChatRow row, List<ChatMessage> cached) {
        this.conversation = row.conversation();
        this.phase = row.phase();
        this.endedBy = row.endedBy();
        this.readSeq = row.readSeq();
        this.visitorReadSeq = row.visitorReadSeq();
        this.visitorDeliveredSeq = row.visitorDeliveredSeq();
        this.draft = row.draft();
        this.dismissedAt = row.dismissedAt();
        this.openedOrder = row.openedOrder();
        for (ChatMessage message : cached) {
            if (message.seq() == appliedSeq + 1) {
                messages.add(message);
                appliedSeq = message.seq();
                heldIfVisitors(message);
            }
        }
    }

    static LiveChat opened(Conversation conversation, ChatPhase phase, long openedOrder) {
        return new LiveChat(new ChatRow(conversation, phase, null, 0, 0, 0, 0, "", null, openedOrder), List.of());
    }

    long id() {
        return conversation.id();
    }

    long appliedSeq() {
        return appliedSeq;
    }

    /**
     * Takes a message from the server; answers those applied now (none for a repeat or one that
     * waits for a gap, several when it fills one).
     */
    List<ChatMessage> apply(ChatMessage message) {
        if (message.seq() <= appliedSeq || ahead.containsKey(message.seq())) {
            return List.of();
        }
        ahead.put(message.seq(), message);
        List<ChatMessage> applied = new ArrayList<>();
        for (ChatMessage next; (next = ahead.remove(appliedSeq + 1)) != null; ) {
            messages.add(next);
            appliedSeq = next.seq();
            applied.add(next);
            heldIfVisitors(next);
            if (next.senderType() == SenderType.VISITOR) {
                // sent: the draft is a message now
                visitorDraft = "";
            }
        }
        if (!applied.isEmpty()) {
            changed();
        }
        return applied;
    }

    private void heldIfVisitors(ChatMessage message) {
        if (message.senderType() == SenderType.VISITOR) {
            visitorHeldSeq = Math.max(visitorHeldSeq, message.seq());
        }
    }

    /** Messages are missing before some that arrived or were acknowledged: a resume should fill the gap. */
    boolean behind() {
        return !ahead.isEmpty() || outbox.values().stream().anyMatch(sent -> sent.storedSeq() > appliedSeq);
    }

    void addOutgoing(OutgoingMessage message) {
        outbox.put(message.clientId(), message);
        changed();
    }

    OutgoingMessage outgoing(String clientId) {
        return outbox.get(clientId);
    }

    List<OutgoingMessage> outbox() {
        return List.copyOf(outbox.values());
    }

    /**
     * The server stored {@code clientId} as {@code seq}. Answers true when the outbox held it; it
     * stays, shown as sent, only until the stored message itself arrives.
     */
    boolean acknowledged(String clientId, long seq) {
        OutgoingMessage sent = outbox.get(clientId);
        if (sent == null) {
            return false;
        }
        if (seq <= appliedSeq) {
            outbox.remove(clientId);
        } else {
            outbox.put(clientId, sent.stored(seq));
        }
        changed();
        return true;
    }

    void replaceOutgoing(OutgoingMessage message) {
        outbox.replace(message.clientId(), message);
        changed();
    }

    /** Answers whether the outbox held it. */
    boolean removeOutgoing(String clientId) {
        boolean removed = outbox.remove(clientId) != null;
        if (removed) {
            changed();
        }
        return removed;
    }

    /** Something shown changed: the next snapshot builds this chat anew. */
    void changed() {
        snapshot = null;
    }

    Chat snapshot(long selfId) {
        if (snapshot == null) {
            int unread = (int) messages.stream().filter(m -> m.seq() > readSeq && Chat.countsAsUnread(m, selfId)).count();
            snapshot = new Chat(conversation, phase, endedBy, messages, outbox.values().stream().toList(), readSeq, visitorReadSeq,
                    visitorDeliveredSeq, visitorTyping, List.copyOf(colleaguesTyping), draft, selfId, unread, visitorDraft);
        }
        return snapshot;
    }

    ChatRow row() {
        return new ChatRow(conversation, phase, endedBy, appliedSeq, readSeq, visitorReadSeq, visitorDeliveredSeq, draft, dismissedAt,
                openedOrder);
    }
}
