package dev.switchboard.app.internalchat;

import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.shared.chat.NewMessage;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.ws.Envelope;
import java.time.Clock;
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
 * (ADR 4, ADR 17): takes the {@code team.*} messages of the agent socket ({@link TeamChatSync}
 * keeps the conversations in step with the server), and sends what the agent writes through an
 * outbox in the local cache, so that nothing typed is lost to a dropped connection or a restart.
 * Publishes an immutable {@link TeamChatSnapshot} after each burst of changes ({@link TeamThreads}).
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

    private final Services services;
    private final Executor serial;
    private final TeamTyping typing;
    private final TeamThreads threads;
    private final TeamChatSync sync;
    private final TeamGroups groups;

    /**
     * @param selfId  the signed-in agent: their own messages are never unread
     * @param publish receives each new snapshot on the serial executor; hand it on (e.g. coalesced to the FX thread)
     */
    public TeamChatService(long selfId, Services services, Consumer<TeamChatSnapshot> publish) {
        this.services = services;
        this.serial = services.serial();
        this.typing = new TeamTyping(services.link(), services.scheduler(), services.clock(), this::onSerial, this::schedulePublish);
        this.threads = new TeamThreads(selfId, services.store(), typing, this::onSerial, publish);
        this.sync = new TeamChatSync(services, this::onSerial, threads, typing);
        this.groups = new TeamGroups(this, services.rest(), selfId);
    }

    public TeamChatSnapshot snapshot() {
        return threads.latest();
    }

    /** Shows the cached conversations and outbox; call before the connection starts. */
    public CompletableFuture<TeamChatSnapshot> load() {
        return services.store().load().thenApplyAsync(cached -> {
            threads.restore(cached);
            threads.publishNow();
            return threads.latest();
        }, serial);
    }

    // --- what the connection reports (any thread) ---

    /** The connection is up ({@code welcome} received) or gone; the server's list of conversations follows a welcome. */
    public void connectionChanged(boolean up) {
        onSerial(() -> sync.connectionChanged(up));
    }

    /** A {@code team.*} message from the agent socket. */
    public void received(Envelope envelope) {
        onSerial(() -> {
            try {
                sync.apply(envelope);
            } catch (IllegalArgumentException e) {
                LOG.warn("Ignoring an unreadable {} message: {}", envelope.type(), e.getMessage());
            }
            threads.schedulePublish();
        });
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
            if (sync.connected() && threads.holds(conversationId)) {
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
            sync.sendOutbox();
            threads.schedulePublish();
        }, serial);
    }

    /** Gives up on a message the server refused; the agent has seen its text. */
    public CompletableFuture<Void> discard(long conversationId, String clientId) {
        return services.store().removeOutgoing(clientId).thenRunAsync(() -> {
            LiveThread thread = threads.get(conversationId);
            if (thread != null) {
                thread.outbox.remove(clientId);
            }
            threads.schedulePublish();
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
            threads.changed(thread);
            if (sync.connected()) {
                services.link().tell(TeamChatMessages.READ, new TeamChatMessages.Read(conversationId, thread.readSeq));
            }
            threads.schedulePublish();
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
                threads.toWrite(page.messages());
                threads.changed(now);
                threads.schedulePublish();
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
            sync.upsert(conversation);
            threads.schedulePublish();
            return conversation.id();
        }, serial);
    }

    /** Drops a conversation the agent left, without waiting for the server's {@code team.left}. */
    CompletableFuture<Void> forget(long conversationId) {
        return CompletableFuture.runAsync(() -> {
            threads.drop(conversationId);
            threads.schedulePublish();
        }, serial);
    }

    /** Writes what is not written yet before the session ends; completes when the cache has it. */
    public CompletableFuture<Void> close() {
        return CompletableFuture.supplyAsync(() -> {
            threads.publishNow();
            return threads.lastWrite();
        }, serial).thenCompose(write -> write);
    }

    /** Who is typing changed by itself (a colleague's "typing" timed out): shown with the next publication. */
    private void schedulePublish() {
        threads.schedulePublish();
    }

    private void onSerial(Runnable work) {
        try {
            serial.execute(work);
        } catch (RejectedExecutionException closed) {
            LOG.debug("Team chat closed; dropping work");
        }
    }

    /** The failure a future completed with, without the wrapping of a dependent stage. */
    public static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
