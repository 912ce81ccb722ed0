package dev.switchboard.app.chat;

import dev.switchboard.app.net.ProblemException;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.ConversationStatus;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings chats up to date with the server: resumes a chat from its last applied message, fills a
 * gap that does not fill by itself, and finds out what became of an open chat the server no longer
 * announces (ended or handed on while this workstation was away). Runs on the chat service's thread.
 */
final class ChatResync {

    private static final Logger LOG = LoggerFactory.getLogger(ChatResync.class);
    static final Duration GAP_GRACE = Duration.ofSeconds(3);

    private final ChatBook book;
    private final ChatService.Services services;
    private final Consumer<Runnable> onChatThread;
    private final Executor chatThread;
    private final BooleanSupplier connected;
    private final Runnable publish;
    private final Set<Long> gapChecks = new HashSet<>();

    ChatResync(ChatBook book, ChatService.Services services, Consumer<Runnable> onChatThread, BooleanSupplier connected,
               Runnable publish) {
        this.book = book;
        this.services = services;
        this.onChatThread = onChatThread;
        this.chatThread = onChatThread::accept;
        this.connected = connected;
        this.publish = publish;
    }

    /** Asks for every message after the last one applied; a refusal means the agent is no longer in the chat. */
    void resume(LiveChat chat) {
        services.link().request(ChatMessages.RESUME, new ChatMessages.Resume(chat.id(), chat.appliedSeq()))
                .whenCompleteAsync((ok, failure) -> {
                    if (failure != null && ChatService.unwrap(failure) instanceof ProblemException refused
                            && refused.problem().status() < 500 && chat.phase == ChatPhase.OPEN) {
                        book.left(chat);
                        publish.run();
                    }
                }, chatThread);
    }

    /** A message is missing before others that arrived: resume if it has not come within a moment. */
    void checkGapLater(LiveChat chat) {
        if (gapChecks.add(chat.id())) {
            services.scheduler().schedule(GAP_GRACE, () -> onChatThread.accept(() -> {
                gapChecks.remove(chat.id());
                if (connected.getAsBoolean() && chat.behind()) {
                    resume(chat);
                }
            }));
        }
    }

    /** After a connect's backlog: every open chat the server did not announce again is asked about. */
    void reconcileUnannounced() {
        book.chats().stream().filter(chat -> chat.phase == ChatPhase.OPEN && !chat.announced).toList().forEach(this::reconcile);
    }

    private void reconcile(LiveChat chat) {
        services.rest().conversation(chat.id()).whenCompleteAsync((conversation, failure) -> {
            if (chat.announced) {
                return;
            }
            if (failure != null) {
                if (ChatService.unwrap(failure) instanceof ProblemException) {
                    book.left(chat);
                    publish.run();
                }
                return;
            }
            chat.conversation = conversation;
            if (conversation.status() == ConversationStatus.ENDED) {
                book.ended(chat, null);
            } else {
                book.left(chat);
            }
            publish.run();
            fetchMissing(chat);
        }, chatThread);
    }

    private void fetchMissing(LiveChat chat) {
        services.rest().messages(chat.id(), chat.appliedSeq()).whenCompleteAsync((page, failure) -> {
            if (failure != null) {
                LOG.info("Could not fetch the last messages of chat {}: {}", chat.id(), failure.getMessage());
                return;
            }
            page.messages().forEach(message -> book.applied(chat, chat.apply(message)));
            publish.run();
            if (page.hasMore() && !page.messages().isEmpty()) {
                fetchMissing(chat);
            }
        }, chatThread);
    }
}
