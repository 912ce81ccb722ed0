package dev.switchboard.app.internalchat;

import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamMessage;
import dev.switchboard.shared.teamchat.TeamMessageKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One conversation while the service works on it: its messages by seq, complete from
 * {@code firstSeq} to {@code appliedSeq} (anything after a gap waits for the resume that fills
 * it), the agent's read mark and outbox. Touched only on the service's thread.
 */
final class LiveThread {

    /** Messages before the unread ones that a conversation new to this workstation starts with. */
    static final int CONTEXT = 20;

    TeamConversation conversation;
    final TreeMap<Long, TeamMessage> messages = new TreeMap<>();
    final Map<String, TeamOutgoing> outbox = new LinkedHashMap<>();
    long firstSeq;
    long appliedSeq;
    long readSeq;
    boolean resuming;

    LiveThread(TeamConversation conversation, long firstSeq, long appliedSeq, long readSeq) {
        this.conversation = conversation;
        this.firstSeq = firstSeq;
        this.appliedSeq = appliedSeq;
        this.readSeq = readSeq;
    }

    /**
     * A conversation this workstation has not held yet: it starts a little before the agent's
     * unread messages, never more than the cache keeps before the newest, and never before the
     * agent joined it (an ad-hoc group's earlier messages are not theirs to read).
     */
    static LiveThread fresh(TeamConversation conversation) {
        long last = conversation.lastSeq();
        long start = Math.max(0, Math.min(conversation.readSeq(), last) - CONTEXT);
        start = Math.max(Math.max(start, last - TeamChatStore.KEPT_MESSAGES), conversation.joinedSeq());
        return new LiveThread(conversation, start + 1, start, Math.max(conversation.readSeq(), conversation.joinedSeq()));
    }

    /** Takes a message; answers false for one held already or older than the complete run (paged in separately). */
    boolean apply(TeamMessage message) {
        if (message.seq() < firstSeq || messages.containsKey(message.seq())) {
            return false;
        }
        messages.put(message.seq(), message);
        while (messages.containsKey(appliedSeq + 1)) {
            appliedSeq++;
        }
        if (message.seq() > conversation.lastSeq()) {
            conversation = new TeamConversation(conversation.id(), conversation.kind(), conversation.groupId(), conversation.title(),
                    conversation.memberIds(), message.seq(), conversation.readSeq(), message.createdAt(), conversation.ownerId(),
                    conversation.joinedSeq());
        }
        return true;
    }

    /** Older messages paged in from the server: the complete run now starts at the first of them ({@code from}). */
    void prepend(List<TeamMessage> older, long from) {
        older.forEach(message -> messages.putIfAbsent(message.seq(), message));
        firstSeq = Math.max(firstReadable(), Math.min(firstSeq, from));
    }

    /** The first message the agent may read: the first of all, or the one that says they joined an ad-hoc group. */
    long firstReadable() {
        return conversation.joinedSeq() + 1;
    }

    /** The server has messages this workstation lacks: a gap, or newer ones it announced. */
    boolean behind() {
        return conversation.lastSeq() > appliedSeq || (!messages.isEmpty() && messages.lastKey() > appliedSeq);
    }

    /** Colleagues' messages after the read mark; a change of an ad-hoc group is news, but not a message to answer. */
    int unread(long selfId) {
        return (int) messages.tailMap(readSeq, false).values().stream()
                .filter(message -> message.senderId() != selfId && message.kind() != TeamMessageKind.EVENT).count();
    }

    /** When something last happened in it, for the order of the list. */
    Instant lastActivity() {
        Instant last = conversation.lastMessageAt() == null ? Instant.EPOCH : conversation.lastMessageAt();
        for (TeamOutgoing pending : outbox.values()) {
            if (pending.createdAt().isAfter(last)) {
                last = pending.createdAt();
            }
        }
        return last;
    }

    TeamChatStore.ThreadRow row() {
        return new TeamChatStore.ThreadRow(conversation, firstSeq, appliedSeq, readSeq);
    }

    TeamThread snapshot(long selfId, List<Long> typing) {
        return new TeamThread(conversation, new ArrayList<>(messages.values()), new ArrayList<>(outbox.values()), readSeq, unread(selfId),
                firstSeq > firstReadable(), typing);
    }
}
