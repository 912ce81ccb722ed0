package dev.switchboard.app.chat;

import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.NewMessage;
import dev.switchboard.shared.ws.Envelope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's chats, without any UI: takes the {@code chat.*} messages of the agent socket, keeps
 * each chat's messages in sequence order without repeats, resumes every chat after each
 * (re)connect, and sends what the agent writes through an outbox in the local cache, so that
 * nothing typed is lost to a dropped connection or a restart. Publishes an immutable
 * {@link ChatsSnapshot} after each burst of changes, and tells {@link ChatListener}s what happened
 * ({@link ChatPublisher}). The parts: {@link ChatInbox} applies what arrives, {@link ChatOutbox}
 * sends, {@link ChatResync} catches up, {@link DeliveredReceipts} and {@link TypingSignal} tell the
 * other side.
 *
 * <p>All state lives on one serial executor; public methods may be called from any thread.
 */
public final class ChatService {

    private static final Logger LOG = LoggerFactory.getLogger(ChatService.class);
    private static final Duration KEEP_CLOSED_CHATS = Duration.ofDays(14);

    /** The background parts the service works with. */
    public record Services(ChatStore store, ChatLink link, ChatRest rest, Executor serial, Scheduler scheduler, Clock clock) {
    }

    private final Services services;
    private final Executor serial;
    private final ChatBook book;
    private final ChatPublisher publisher;
    private final ChatInbox inbox;
    private final TypingSignal typingOut;
    private final ChatResync resync;
    private final ChatOutbox outbox;
    private final DeliveredReceipts receipts;
    // Touched only on the serial executor.
    private boolean connected;

    /**
     * @param selfId  the signed-in agent, whose messages show delivery states
     * @param publish receives each new snapshot on the serial executor; hand it on (e.g. coalesced to the FX thread)
     */
    public ChatService(long selfId, Services services, Consumer<ChatsSnapshot> publish) {
        this.services = services;
        this.serial = services.serial();
        this.book = new ChatBook(selfId);
        this.resync = new ChatResync(book, services, this::onSerial, () -> connected, this::schedulePublish);
        this.outbox = new ChatOutbox(book, services, this::onSerial, () -> connected, this::schedulePublish);
        this.receipts = new DeliveredReceipts(book, services, this::onSerial, () -> connected);
        this.publisher = new ChatPublisher(book, services.store(), this::onSerial, receipts::due, publish);
        this.inbox = new ChatInbox(book, new InboxActions());
        this.typingOut = new TypingSignal(services.link(), services.scheduler(), services.clock(), this::onSerial);
    }

    public void addListener(ChatListener listener) {
        publisher.addListener(listener);
    }

    /** The newest published snapshot. */
    public ChatsSnapshot snapshot() {
        return publisher.latest();
    }

    public ChatRest rest() {
        return services.rest();
    }

    /** Shows the cached chats and outbox; call before the connection starts. */
    public CompletableFuture<ChatsSnapshot> load() {
        return services.store().load(services.clock().instant().minus(KEEP_CLOSED_CHATS)).thenApplyAsync(cached -> {
            book.restore(cached);
            publisher.now();
            return publisher.latest();
        }, serial);
    }

    // --- what the connection reports (any thread) ---

    /** The connection is up ({@code welcome} received) or gone. */
    public void connectionChanged(boolean up) {
        onSerial(() -> {
            connected = up;
            if (!up) {
                return;
            }
            for (LiveChat chat : book.chats()) {
                chat.announced = false;
                if (chat.phase == ChatPhase.WATCHING) {
                    services.link().request(ChatMessages.WATCH, new ChatMessages.Watch(chat.id()));
                } else if (chat.phase == ChatPhase.OPEN && chat.readSeq > 0) {
                    services.link().tell(ChatMessages.READ, new ChatMessages.Read(chat.id(), chat.readSeq, null));
                }
            }
            outbox.reconnected();
            receipts.reconnected();
        });
    }

    /** A {@code chat.*} message from the agent socket. */
    public void received(Envelope envelope) {
        onSerial(() -> {
            try {
                inbox.handle(envelope);
            } catch (IllegalArgumentException e) {
                LOG.warn("Ignoring an unreadable {} message: {}", envelope.type(), e.getMessage());
            }
            schedulePublish();
        });
    }

    /**
     * The server finished telling this connection its backlog, which comes after every chat it
     * announced again: an open chat it did not announce has ended or gone to someone else meanwhile.
     */
    public void caughtUp() {
        onSerial(resync::reconcileUnannounced);
    }

    // --- what the agent does (any thread) ---

    /** Sends a text (or a note, which only agents see): stored in the outbox first, then sent. */
    public CompletableFuture<Void> send(long conversationId, String text, boolean note) {
        return send(conversationId, text, note, null, false);
    }

    /** Sends a text the agent was warned contains sensitive words, and confirmed. */
    public CompletableFuture<Void> sendConfirmingSensitiveWords(long conversationId, String text) {
        return send(conversationId, text, false, null, true);
    }

    /** Uploads a file, then sends it with {@code caption}; fails with the server's problem (413, 415) before anything is sent. */
    public CompletableFuture<Void> sendFile(long conversationId, String fileName, byte[] content, String caption) {
        return services.rest().upload(conversationId, fileName, content)
                .thenCompose(attachment -> send(conversationId, caption == null ? "" : caption, false, attachment, false));
    }

    private CompletableFuture<Void> send(long conversationId, String text, boolean note, Attachment attachment, boolean sensitiveConfirmed) {
        if (text.length() > NewMessage.MAX_TEXT || (text.isBlank() && attachment == null)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("1 to " + NewMessage.MAX_TEXT + " characters"));
        }
        Chat shown = publisher.latest().chat(conversationId).orElse(null);
        if (shown == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no chat " + conversationId));
        }
        // a supervisor writes into a chat they watch only as a whisper to its agents
        boolean asNote = note || shown.phase() == ChatPhase.WATCHING;
        OutgoingMessage created = OutgoingMessage.create(UUID.randomUUID().toString(), conversationId, text, asNote, attachment,
                services.clock().instant());
        OutgoingMessage message = sensitiveConfirmed ? created.confirmedSensitive() : created;
        return services.store().addOutgoing(message).thenRunAsync(() -> {
            LiveChat chat = book.chat(conversationId).orElseThrow();
            chat.addOutgoing(message);
            chat.draft = "";
            book.rowChanged(chat);
            typingOut.stopped(conversationId);
            outbox.flush();
            schedulePublish();
        }, serial);
    }

    /** Gives up on a message the server refused; the agent has seen (and could copy) its text. */
    public CompletableFuture<Void> discard(long conversationId, String clientId) {
        return services.store().discardOutgoing(clientId).thenRunAsync(() -> {
            book.chat(conversationId).ifPresent(chat -> chat.removeOutgoing(clientId));
            schedulePublish();
        }, serial);
    }

    /** Keeps what the agent typed but did not send, also across a restart. */
    public void saveDraft(long conversationId, String text) {
        onSerial(() -> book.chat(conversationId).filter(chat -> !text.equals(chat.draft)).ifPresent(chat -> {
            chat.draft = text;
            chat.changed();
            book.rowChanged(chat);
            schedulePublish();
        }));
    }

    /** The agent sees the chat: everything in it counts as read, and the other side hears so. */
    public void markRead(long conversationId) {
        onSerial(() -> book.chat(conversationId).filter(chat -> chat.appliedSeq() > chat.readSeq).ifPresent(chat -> {
            chat.readSeq = chat.appliedSeq();
            chat.changed();
            book.rowChanged(chat);
            if (chat.phase == ChatPhase.OPEN) {
                services.link().tell(ChatMessages.READ, new ChatMessages.Read(chat.id(), chat.readSeq, null));
            }
            schedulePublish();
        }));
    }

    /** The agent pressed a key in the chat's input: the other side sees them typing (signals are throttled). */
    public void typing(long conversationId) {
        onSerial(() -> book.chat(conversationId).filter(chat -> chat.phase == ChatPhase.OPEN)
                .ifPresent(chat -> typingOut.keystroke(conversationId)));
    }

    public CompletableFuture<Void> end(long conversationId) {
        return services.link().request(ChatMessages.END, new ChatMessages.End(conversationId));
    }

    /** Hands the chat to an ONLINE colleague, with a note only agents see; the chat leaves this agent. */
    public CompletableFuture<Void> transferToAgent(long conversationId, long agentId, String note) {
        return handOver(conversationId, new ChatMessages.Transfer(conversationId, agentId, null, blankToNull(note)));
    }

    /** Puts the chat back into a group's queue, with a note only agents see. */
    public CompletableFuture<Void> transferToGroup(long conversationId, long groupId, String note) {
        return handOver(conversationId, new ChatMessages.Transfer(conversationId, null, groupId, blankToNull(note)));
    }

    private CompletableFuture<Void> handOver(long conversationId, ChatMessages.Transfer transfer) {
        return services.link().request(ChatMessages.TRANSFER, transfer).thenRunAsync(() -> book.chat(conversationId)
                .filter(chat -> chat.phase == ChatPhase.OPEN).ifPresent(chat -> {
                    book.left(chat);
                    schedulePublish();
                }), serial);
    }

    /** Invites a colleague to help in the chat. */
    public CompletableFuture<Void> assist(long conversationId, long agentId) {
        return services.link().request(ChatMessages.ASSIST, new ChatMessages.Assist(conversationId, agentId));
    }

    /** Takes a chat waiting in the queue of one of the agent's groups (抢单); it arrives as a new chat. */
    public CompletableFuture<Void> take(long conversationId) {
        return services.link().request(ChatMessages.TAKE, new ChatMessages.Take(conversationId));
    }

    /** A supervisor gives a waiting chat to an agent, for {@code reason}. */
    public CompletableFuture<Void> assign(long conversationId, long agentId, String reason) {
        return services.link().request(ChatMessages.ASSIGN, new ChatMessages.Assign(conversationId, agentId, blankToNull(reason)));
    }

    /** A supervisor takes a chat over from its agent, for {@code reason}; it arrives as a new chat. */
    public CompletableFuture<Void> takeOver(long conversationId, String reason) {
        return services.link().request(ChatMessages.TAKE_OVER, new ChatMessages.TakeOver(conversationId, blankToNull(reason)));
    }

    /** Takes an offered chat; it arrives as a new chat. A late answer drops the offer. */
    public CompletableFuture<Void> accept(long conversationId) {
        return answerOffer(ChatMessages.ACCEPT, conversationId);
    }

    public CompletableFuture<Void> decline(long conversationId) {
        return answerOffer(ChatMessages.DECLINE, conversationId);
    }

    private CompletableFuture<Void> answerOffer(String type, long conversationId) {
        CompletableFuture<Void> answer = services.link().request(type, new ChatMessages.Accept(conversationId));
        answer.whenCompleteAsync((ok, failure) -> {
            if ((failure == null || unwrap(failure) instanceof ProblemException) && book.withdrawn(conversationId)) {
                schedulePublish();
            }
        }, serial);
        return answer;
    }

    /** A supervisor follows a chat read-only (whispers are notes); it shows as a chat until {@link #dismiss}. */
    public CompletableFuture<Void> watch(long conversationId) {
        return services.rest().conversation(conversationId).thenComposeAsync(conversation -> {
            if (book.chat(conversationId).isEmpty()) {
                book.assigned(conversation, ChatPhase.WATCHING);
                schedulePublish();
            }
            return services.link().request(ChatMessages.WATCH, new ChatMessages.Watch(conversationId));
        }, serial);
    }

    /** Closes the tab of a chat the agent is done with: ended, left, or watched (which stops watching). */
    public void dismiss(long conversationId) {
        onSerial(() -> book.chat(conversationId).filter(chat -> chat.phase != ChatPhase.OPEN).ifPresent(chat -> {
            if (chat.phase == ChatPhase.WATCHING) {
                services.link().tell(ChatMessages.UNWATCH, new ChatMessages.Watch(conversationId));
                book.remove(conversationId);
            } else {
                chat.dismissedAt = services.clock().instant();
                book.rowChanged(chat);
            }
            schedulePublish();
        }));
    }

    /**
     * Writes what is not written yet (drafts, read marks) before the session ends; completes when
     * the cache has it. Call before the service's executor shuts down.
     */
    public CompletableFuture<Void> close() {
        return CompletableFuture.supplyAsync(() -> {
            publisher.now();
            return publisher.lastWrite();
        }, serial).thenCompose(write -> write);
    }

    /** Completes when everything changed so far is written to the cache. */
    public CompletableFuture<Void> flushed() {
        return CompletableFuture.supplyAsync(publisher::lastWrite, serial).thenCompose(write -> write);
    }

    // --- internals, on the serial executor ---

    private void schedulePublish() {
        publisher.schedule();
    }

    private void onSerial(Runnable work) {
        try {
            serial.execute(work);
        } catch (RejectedExecutionException closed) {
            LOG.debug("Chat service closed; dropping work");
        }
    }

    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** What the inbox asks of the service while it applies messages. */
    private final class InboxActions implements ChatInbox.Actions {
        @Override
        public void resume(LiveChat chat) {
            resync.resume(chat);
        }

        @Override
        public void checkGapLater(LiveChat chat) {
            resync.checkGapLater(chat);
        }

        @Override
        public void later(Duration delay, Runnable work) {
            services.scheduler().schedule(delay, () -> onSerial(() -> {
                work.run();
                schedulePublish();
            }));
        }

        @Override
        public Instant now() {
            return services.clock().instant();
        }
    }
}
