package dev.switchboard.app.chat;

import dev.switchboard.app.net.NotConnectedException;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.shared.chat.ChatMessages;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the agent wrote, in order, whenever connected, and again after a drop or a missing
 * answer until the server acknowledges it; the server stores each {@code clientId} once. A
 * refusal (4xx) marks the message failed, with the server's reason, instead of losing it. Runs on
 * the chat service's thread.
 */
final class ChatOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(ChatOutbox.class);
    static final Duration RETRY_DELAY = Duration.ofSeconds(5);

    private final ChatBook book;
    private final ChatService.Services services;
    private final Consumer<Runnable> onChatThread;
    private final Executor chatThread;
    private final BooleanSupplier connected;
    private final Runnable publish;
    private final Set<String> inFlight = new HashSet<>();

    ChatOutbox(ChatBook book, ChatService.Services services, Consumer<Runnable> onChatThread, BooleanSupplier connected,
               Runnable publish) {
        this.book = book;
        this.services = services;
        this.onChatThread = onChatThread;
        this.chatThread = onChatThread::accept;
        this.connected = connected;
        this.publish = publish;
    }

    /** A new connection: what was on its way over the old one is sent again. */
    void reconnected() {
        inFlight.clear();
        flush();
    }

    /** Sends every pending message that is not on its way already. */
    void flush() {
        if (!connected.getAsBoolean()) {
            return;
        }
        for (LiveChat chat : book.chats()) {
            for (OutgoingMessage message : chat.outbox()) {
                if (message.delivery() == Delivery.PENDING && inFlight.add(message.clientId())) {
                    String attachmentId = message.attachment() == null ? null : message.attachment().id();
                    services.link().request(ChatMessages.MESSAGE, new ChatMessages.Post(chat.id(), message.clientId(), message.text(),
                                    message.note() ? Boolean.TRUE : null, attachmentId, message.sensitiveConfirmed() ? Boolean.TRUE : null))
                            .whenCompleteAsync((ok, failure) -> finished(chat, message, failure), chatThread);
                }
            }
        }
    }

    private void finished(LiveChat chat, OutgoingMessage message, Throwable failure) {
        inFlight.remove(message.clientId());
        if (failure == null) {
            return;
        }
        Throwable cause = ChatService.unwrap(failure);
        if (cause instanceof ProblemException refused && refused.problem().status() < 500) {
            if (chat.outgoing(message.clientId()) != null) {
                String reason = refused.problem().detail() != null ? refused.problem().detail() : refused.problem().title();
                OutgoingMessage failed = chat.outgoing(message.clientId()).failed(reason);
                chat.replaceOutgoing(failed);
                book.outboxFailed(failed);
                publish.run();
            }
        } else if (!(cause instanceof NotConnectedException)) {
            // no answer in time, or the server failed: try again soon (the server keeps one copy per clientId)
            LOG.info("Sending a chat message got no answer ({}); trying again", cause.toString());
            services.scheduler().schedule(RETRY_DELAY, () -> onChatThread.accept(this::flush));
        }
    }
}
