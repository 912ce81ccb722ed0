package dev.switchboard.app.internalchat;

import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.shared.chat.NewMessage;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamMessage;
import dev.switchboard.shared.ws.Envelope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's conversations with colleagues, without any UI, with the visitor chat's guarantees
 * (ADR 4, ADR 17): takes the {@code team.*} messages of the agent socket, keeps each conversation's
 * messages in seq order without repeats, resumes what the server says it lacks after every
 * connect and at every gap, and sends what the agent writes through an outbox in the local cache,
 * so that nothing typed is lost to a dropped connection or a restart. Publishes an immutable
 * {@link TeamChatSnapshot} after each burst of changes.
 *
 * <p>All state lives on one serial executor; public methods may be called from any thread.
 */
public final class TeamChatService {

    private static final Logger LOG = LoggerFactory.getLogger(TeamChatService.class);
    /** Older messages come in pages of this many. */
    static final int EARLIER_PAGE = 50;

    /** The background parts the service works with. */
    public record Services(TeamChatStore store, TeamChatLink link, TeamChatRest rest, Executor serial, Scheduler scheduler, Clock clock) {
    }

    private final long selfId;
    private final Services services;
    private final Executor serial;
    private final Consumer<TeamChatSnapshot> publish;
    private final TeamOutbox outbox;
    private final TeamGroups groups;
    private final TeamTyping typing;
    // Touched only on the serial executor.
    private final Map<Long, LiveThread> threads = new LinkedHashMap<>();
    private final Set<LiveThread> dirty = new HashSet<>();
    private final List<TeamMessage> unwritten = new ArrayList<>();
    private final Set<Long> removed = new HashSet<>();
    private boolean connected;
    private boolean publishPending;
    private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);
    private volatile TeamChatSnapshot latest = TeamChatSnapshot.EMPTY;

    /**
     * @param selfId  the signed-in agent: their own messages are never unread
     * @param publish receives each new snapshot on the serial executor; hand it on (e.g. coalesced to the FX thread)
     */
    public TeamChatService(long selfId, Services services, Consumer<TeamChatSnapshot> publish) {
        this.selfId = selfId;
        this.services = services;
        this.serial = services.serial();
        this.publish = publish;
        this.outbox = new TeamOutbox(services, this::onSerial, () -> connected, threads, this::schedulePublish);
        this.groups = new TeamGroups(this, services.rest(), selfId);
        this.typing = new TeamTyping(services.link(), services.scheduler(), services.clock(), this::onSerial, this::schedulePublish);
    }

    public TeamChatSnapshot snapshot() {
        return latest;
    }

    /** Shows the cached conversations and outbox; call before the connection starts. */
    public CompletableFuture<TeamChatSnapshot> load() {
        return services.store().load().thenApplyAsync(cached -> {
            for (TeamChatStore.CachedThread thread : cached.threads()) {
                TeamChatStore.ThreadRow row = thread.row();
                LiveThread live = new LiveThread(row.conversation(), row.firstSeq(), row.appliedSeq(), row.readSeq());
                thread.messages().forEach(message -> live.messages.put(message.seq(), message));
                threads.put(live.conversation.id(), live);
            }
            for (TeamOutgoing pending : cached.outbox()) {
                LiveThread thread = threads.get(pending.conversationId());
                if (thread != null) {
                    thread.outbox.put(pending.clientId(), pending);
                }
            }
            publishNow();
            return latest;
        }, serial);
    }

    // --- what the connection reports (any thread) ---

    /** The connection is up ({@code welcome} received) or gone; the server's list of conversations follows a welcome. */
    public void connectionChanged(boolean up) {
        onSerial(() -> {
            connected = up;
            threads.values().forEach(thread -> thread.resuming = false);
            if (up) {
                outbox.reconnected();
            }
        });
    }

    /** A {@code team.*} message from the agent socket. */
    public void received(Envelope envelope) {
        onSerial(() -> {
            try {
                apply(envelope);
            } catch (IllegalArgumentException e) {
                LOG.warn("Ignoring an unreadable {} message: {}", envelope.type(), e.getMessage());
            }
            schedulePublish();
        });
    }

    private void apply(Envelope envelope) {
        switch (envelope.type()) {
            case TeamChatMessages.CONVERSATIONS -> conversations(read(envelope, TeamChatMessages.Conversations.class).conversations());
            case TeamChatMessages.CONVERSATION -> upsert(read(envelope, TeamConversation.class));
            case TeamChatMessages.MESSAGE -> message(read(envelope, TeamMessage.class));
            case TeamChatMessages.ACK -> acknowledged(read(envelope, TeamChatMessages.Ack.class));
            case TeamChatMessages.LEFT -> drop(read(envelope, TeamChatMessages.Left.class).conversationId());
            case TeamChatMessages.TYPING -> typing.heard(read(envelope, TeamChatMessages.Typing.class));
            case TeamChatMessages.READ -> {
                TeamChatMessages.Read read = read(envelope, TeamChatMessages.Read.class);
                LiveThread thread = threads.get(read.conversationId());
                if (thread != null && read.seq() > thread.readSeq) {
                    thread.readSeq = read.seq();
                    dirty.add(thread);
                }
            }
            default -> LOG.debug("Ignoring team chat message type {}", envelope.type());
        }
    }

    /** The server's full list: new conversations are added, those the agent left (a group) go, and each is resumed if behind. */
    private void conversations(List<TeamConversation> listed) {
        Set<Long> ids = new HashSet<>();
        for (TeamConversation conversation : listed) {
            ids.add(conversation.id());
            upsert(conversation);
        }
        for (Long id : List.copyOf(threads.keySet())) {
            if (!ids.contains(id)) {
                drop(id);
            }
        }
    }

    /** The agent is no longer in the conversation (a group they left or were taken out of): it goes, with what it held. */
    private void drop(long id) {
        if (threads.remove(id) != null) {
            removed.add(id);
        }
    }

    private void upsert(TeamConversation conversation) {
        LiveThread thread = threads.get(conversation.id());
        if (thread == null) {
            thread = LiveThread.fresh(conversation);
            threads.put(conversation.id(), thread);
        } else {
            thread.conversation = conversation.lastSeq() >= thread.conversation.lastSeq() ? conversation
                    : withLast(conversation, thread.conversation);
            if (conversation.readSeq() > thread.readSeq) {
                thread.readSeq = conversation.readSeq();
            } else if (thread.readSeq > conversation.readSeq()) {
                // read here while offline: the server learns it now
                services.link().tell(TeamChatMessages.READ, new TeamChatMessages.Read(conversation.id(), thread.readSeq));
            }
        }
        removed.remove(conversation.id());
        dirty.add(thread);
        resumeIfBehind(thread);
    }

    private void message(TeamMessage message) {
        LiveThread thread = threads.get(message.conversationId());
        if (thread == null) {
            // a conversation this workstation was not told of (its announcement was lost): ask for the list
            services.rest().conversations().thenAcceptAsync(this::conversations, serial)
                    .thenRun(this::schedulePublish)
                    .exceptionally(failure -> {
                        LOG.info("Could not fetch the team conversations: {}", failure.toString());
                        return null;
                    });
            return;
        }
        if (thread.apply(message)) {
            unwritten.add(message);
            dirty.add(thread);
            typing.forget(message.conversationId(), message.senderId());
        }
        resumeIfBehind(thread);
    }

    private void acknowledged(TeamChatMessages.Ack ack) {
        LiveThread thread = threads.get(ack.conversationId());
        if (thread != null && outbox.stored(thread, ack.clientId()) && ack.seq() > thread.appliedSeq) {
            // the message's own push was lost: fetch it
            resumeIfBehind(thread);
        }
    }

    /** Asks for every message after the last one applied; one resume at a time per conversation, again while behind. */
    private void resumeIfBehind(LiveThread thread) {
        if (!connected || thread.resuming || !thread.behind()) {
            return;
        }
        thread.resuming = true;
        long id = thread.conversation.id();
        long from = thread.appliedSeq;
        services.link().request(TeamChatMessages.RESUME, new TeamChatMessages.Resume(id, from))
                .whenCompleteAsync((ok, failure) -> {
                    LiveThread now = threads.get(id);
                    if (now == null) {
                        return;
                    }
                    now.resuming = false;
                    // the messages came before the answer; still behind after progress means more arrived meanwhile
                    if (failure == null && now.appliedSeq > from) {
                        resumeIfBehind(now);
                    } else if (failure != null) {
                        LOG.info("Resuming team conversation {} failed ({}); the next connect resumes it", id, unwrap(failure).toString());
                    }
                }, serial);
    }

    // --- what the agent does (any thread) ---

    /** Sends a text: written to the outbox first, then sent whenever connected until the server stores it. */
    public CompletableFuture<Void> send(long conversationId, String text) {
        if (text == null || text.isBlank() || text.length() > NewMessage.MAX_TEXT) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("1 to " + NewMessage.MAX_TEXT + " characters"));
        }
        onSerial(() -> typing.stopped(conversationId));
        return enqueue(conversationId, text, null, null);
    }

    /** The agent pressed a key in the conversation's message box: colleagues see them typing (said every few seconds at most). */
    public void keystroke(long conversationId) {
        onSerial(() -> {
            if (connected && threads.containsKey(conversationId)) {
                typing.keystroke(conversationId);
            }
        });
    }

    /** Shares a visitor chat into the conversation as a link, with an optional comment. */
    public CompletableFuture<Void> share(long conversationId, long chatId, String label, String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.length() > NewMessage.MAX_TEXT) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("at most " + NewMessage.MAX_TEXT + " characters"));
        }
        return enqueue(conversationId, text, chatId, label);
    }

    private CompletableFuture<Void> enqueue(long conversationId, String text, Long chatId, String label) {
        TeamOutgoing message = new TeamOutgoing(UUID.randomUUID().toString(), conversationId, text, chatId, label,
                services.clock().instant(), null);
        return services.store().addOutgoing(message).thenRunAsync(() -> {
            LiveThread thread = threads.get(conversationId);
            if (thread == null) {
                throw new IllegalArgumentException("no conversation " + conversationId);
            }
            thread.outbox.put(message.clientId(), message);
            outbox.flush();
            schedulePublish();
        }, serial);
    }

    /** Gives up on a message the server refused; the agent has seen its text. */
    public CompletableFuture<Void> discard(long conversationId, String clientId) {
        return services.store().removeOutgoing(clientId).thenRunAsync(() -> {
            LiveThread thread = threads.get(conversationId);
            if (thread != null) {
                thread.outbox.remove(clientId);
            }
            schedulePublish();
        }, serial);
    }

    /** The agent sees the conversation: everything in it counts as read, on every workstation of theirs. */
    public void markRead(long conversationId) {
        onSerial(() -> {
            LiveThread thread = threads.get(conversationId);
            if (thread == null || thread.appliedSeq <= thread.readSeq) {
                return;
            }
            thread.readSeq = thread.appliedSeq;
            dirty.add(thread);
            if (connected) {
                services.link().tell(TeamChatMessages.READ, new TeamChatMessages.Read(conversationId, thread.readSeq));
            }
            schedulePublish();
        });
    }

    /** Pages in the messages before the oldest one held. */
    public CompletableFuture<Void> loadEarlier(long conversationId) {
        return CompletableFuture.supplyAsync(() -> threads.get(conversationId), serial).thenCompose(thread -> {
            if (thread == null || thread.firstSeq <= thread.firstReadable()) {
                return CompletableFuture.completedFuture(null);
            }
            long before = thread.firstSeq;
            return services.rest().before(conversationId, before, EARLIER_PAGE).thenAcceptAsync(page -> {
                LiveThread now = threads.get(conversationId);
                if (now == null) {
                    return;
                }
                long from = page.hasMore() && !page.messages().isEmpty() ? page.messages().get(0).seq() : now.firstReadable();
                now.prepend(page.messages(), from);
                unwritten.addAll(page.messages());
                dirty.add(now);
                schedulePublish();
            }, serial);
        });
    }

    /** The one-to-one conversation with a colleague, made on first use; answers its id once it is in the list. */
    public CompletableFuture<Long> startDirect(long agentId) {
        return adopt(services.rest().direct(agentId));
    }

    /** Making and changing ad-hoc groups. */
    public TeamGroups groups() {
        return groups;
    }

    /** Takes a conversation the server answered with (made or changed from here) into the list; answers its id once it is there. */
    CompletableFuture<Long> adopt(CompletableFuture<TeamConversation> answer) {
        return answer.thenApplyAsync(conversation -> {
            upsert(conversation);
            schedulePublish();
            return conversation.id();
        }, serial);
    }

    /** Drops a conversation the agent left, without waiting for the server's {@code team.left}. */
    CompletableFuture<Void> forget(long conversationId) {
        return CompletableFuture.runAsync(() -> {
            drop(conversationId);
            schedulePublish();
        }, serial);
    }

    /** Writes what is not written yet before the session ends; completes when the cache has it. */
    public CompletableFuture<Void> close() {
        return CompletableFuture.supplyAsync(() -> {
            publishNow();
            return lastWrite;
        }, serial).thenCompose(write -> write);
    }

    // --- internals, on the serial executor ---

    private void schedulePublish() {
        if (!publishPending) {
            publishPending = true;
            onSerial(this::publishNow);
        }
    }

    private void publishNow() {
        publishPending = false;
        if (!dirty.isEmpty() || !unwritten.isEmpty() || !removed.isEmpty()) {
            TeamChatStore.Writes writes = new TeamChatStore.Writes(dirty.stream().map(LiveThread::row).toList(), List.copyOf(unwritten),
                    Set.copyOf(removed));
            dirty.clear();
            unwritten.clear();
            removed.clear();
            lastWrite = services.store().write(writes).exceptionally(error -> {
                LOG.warn("Could not write the team chat to the cache", error);
                return null;
            });
        }
        List<TeamThread> shown = threads.values().stream()
                .sorted(Comparator.comparing(LiveThread::lastActivity).reversed().thenComparing(thread -> thread.conversation.id()))
                .map(thread -> thread.snapshot(selfId, typing.in(thread.conversation.id()))).toList();
        latest = new TeamChatSnapshot(shown, shown.stream().mapToInt(TeamThread::unread).sum());
        publish.accept(latest);
    }

    private void onSerial(Runnable work) {
        try {
            serial.execute(work);
        } catch (RejectedExecutionException closed) {
            LOG.debug("Team chat closed; dropping work");
        }
    }

    /** The newer of two descriptions' last message, on the other's members and marks. */
    private static TeamConversation withLast(TeamConversation listed, TeamConversation held) {
        return new TeamConversation(listed.id(), listed.kind(), listed.groupId(), listed.title(), listed.memberIds(), held.lastSeq(),
                listed.readSeq(), held.lastMessageAt(), listed.ownerId(), listed.joinedSeq());
    }

    /** The failure a future completed with, without the wrapping of a dependent stage. */
    public static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static <T> T read(Envelope envelope, Class<T> type) {
        if (envelope.payload() == null) {
            throw new IllegalArgumentException("no payload");
        }
        return ProtocolJson.read(envelope.payload(), type);
    }
}
