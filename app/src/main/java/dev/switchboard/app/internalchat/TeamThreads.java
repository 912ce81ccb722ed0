package dev.switchboard.app.internalchat;

import dev.switchboard.shared.teamchat.TeamMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversations the team chat service holds, and what of them is still to be written to the
 * local cache and shown: a change marks its conversation (or message) and asks for a publication;
 * a burst of changes then makes one write to the cache and one immutable {@link TeamChatSnapshot}.
 * Touched only on the service's serial executor; the latest snapshot may be read from any thread.
 */
final class TeamThreads {

    private static final Logger LOG = LoggerFactory.getLogger(TeamThreads.class);

    private final long selfId;
    private final TeamChatStore store;
    private final TeamTyping typing;
    private final Consumer<Runnable> onSerial;
    private final Consumer<TeamChatSnapshot> publish;
    private final Map<Long, LiveThread> byId = new LinkedHashMap<>();
    private final Set<LiveThread> dirty = new HashSet<>();
    private final List<TeamMessage> unwritten = new ArrayList<>();
    private final Set<Long> removed = new HashSet<>();
    private boolean publishPending;
    private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);
    private volatile TeamChatSnapshot latest = TeamChatSnapshot.EMPTY;

    /**
     * @param typing   who is typing, shown with each conversation
     * @param onSerial runs work on the service's serial executor
     * @param publish  receives each new snapshot on the serial executor
     */
    TeamThreads(long selfId, TeamChatStore store, TeamTyping typing, Consumer<Runnable> onSerial, Consumer<TeamChatSnapshot> publish) {
        this.selfId = selfId;
        this.store = store;
        this.typing = typing;
        this.onSerial = onSerial;
        this.publish = publish;
    }

    /** The conversations by id, in the order they were first held (the outbox sends in this order). */
    Map<Long, LiveThread> byId() {
        return byId;
    }

    LiveThread get(long conversationId) {
        return byId.get(conversationId);
    }

    boolean holds(long conversationId) {
        return byId.containsKey(conversationId);
    }

    Collection<LiveThread> all() {
        return byId.values();
    }

    TeamChatSnapshot latest() {
        return latest;
    }

    /** The conversations and outbox the cache kept from the last session. */
    void restore(TeamChatStore.Cached cached) {
        for (TeamChatStore.CachedThread thread : cached.threads()) {
            TeamChatStore.ThreadRow row = thread.row();
            LiveThread live = new LiveThread(row.conversation(), row.firstSeq(), row.appliedSeq(), row.readSeq());
            thread.messages().forEach(message -> live.messages.put(message.seq(), message));
            byId.put(live.conversation.id(), live);
        }
        for (TeamOutgoing pending : cached.outbox()) {
            LiveThread thread = byId.get(pending.conversationId());
            if (thread != null) {
                thread.outbox.put(pending.clientId(), pending);
            }
        }
    }

    /** Holds a conversation new to this workstation (or again, after it was dropped: the cache then keeps it). */
    void add(LiveThread thread) {
        byId.put(thread.conversation.id(), thread);
        removed.remove(thread.conversation.id());
    }

    /** The conversation's marks, description or messages changed: its row is written with the next publication. */
    void changed(LiveThread thread) {
        dirty.add(thread);
    }

    /** Messages new to the cache, written with the next publication. */
    void toWrite(Collection<TeamMessage> messages) {
        unwritten.addAll(messages);
    }

    /** The agent is no longer in the conversation (a group they left or were taken out of): it goes, with what it held. */
    void drop(long conversationId) {
        if (byId.remove(conversationId) != null) {
            removed.add(conversationId);
        }
    }

    /** One publication after the current burst of work, however many changes it makes. */
    void schedulePublish() {
        if (!publishPending) {
            publishPending = true;
            onSerial.accept(this::publishNow);
        }
    }

    /** Writes what changed to the cache and publishes a snapshot now. */
    void publishNow() {
        publishPending = false;
        if (!dirty.isEmpty() || !unwritten.isEmpty() || !removed.isEmpty()) {
            TeamChatStore.Writes writes = new TeamChatStore.Writes(dirty.stream().map(LiveThread::row).toList(), List.copyOf(unwritten),
                    Set.copyOf(removed));
            dirty.clear();
            unwritten.clear();
            removed.clear();
            lastWrite = store.write(writes).exceptionally(error -> {
                LOG.warn("Could not write the team chat to the cache", error);
                return null;
            });
        }
        List<TeamThread> shown = byId.values().stream()
                .sorted(Comparator.comparing(LiveThread::lastActivity).reversed().thenComparing(thread -> thread.conversation.id()))
                .map(thread -> thread.snapshot(selfId, typing.in(thread.conversation.id()))).toList();
        latest = new TeamChatSnapshot(shown, shown.stream().mapToInt(TeamThread::unread).sum());
        publish.accept(latest);
    }

    /** The cache write of the last publication; completes when the cache has it. */
    CompletableFuture<Void> lastWrite() {
        return lastWrite;
    }
}
