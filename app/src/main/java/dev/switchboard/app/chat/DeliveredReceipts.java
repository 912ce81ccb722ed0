package dev.switchboard.app.chat;

import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.shared.chat.ChatMessages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Tells the server how far this workstation holds each chat's visitor messages
 * ({@code chat.delivered}), so that the visitor sees them delivered. Coalesced: receipts go at
 * most once every {@link #COALESCE} (at once when the last went longer ago, else when that time
 * is up), each with only the newest number of its chat, and only when it went up. Only for chats
 * the agent is in (a supervisor who watches sends none). Runs on the chat service's thread.
 */
final class DeliveredReceipts {

    static final Duration COALESCE = Duration.ofMillis(250);

    private final ChatBook book;
    private final ChatLink link;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Consumer<Runnable> onChatThread;
    private final BooleanSupplier connected;
    private Instant lastSent;
    private boolean scheduled;

    DeliveredReceipts(ChatBook book, ChatService.Services services, Consumer<Runnable> onChatThread, BooleanSupplier connected) {
        this.book = book;
        this.link = services.link();
        this.scheduler = services.scheduler();
        this.clock = services.clock();
        this.onChatThread = onChatThread;
        this.connected = connected;
    }

    /** Visitor messages were applied: their receipt goes now, or with whatever else comes when the quarter second is up. */
    void due() {
        if (scheduled || book.chats().stream().noneMatch(DeliveredReceipts::untold)) {
            return;
        }
        Duration since = lastSent == null ? COALESCE : Duration.between(lastSent, clock.instant());
        if (since.compareTo(COALESCE) >= 0) {
            send();
            return;
        }
        scheduled = true;
        scheduler.schedule(COALESCE.minus(since), () -> onChatThread.accept(() -> {
            scheduled = false;
            send();
        }));
    }

    /** A new connection: what the last one told may have been lost, so each chat's mark goes once more (the server ignores a repeat). */
    void reconnected() {
        book.chats().forEach(chat -> chat.deliveredSent = 0);
        due();
    }

    private void send() {
        if (!connected.getAsBoolean()) {
            return;
        }
        for (LiveChat chat : book.chats()) {
            if (untold(chat) && link.tell(ChatMessages.DELIVERED, new ChatMessages.Delivered(chat.id(), chat.visitorHeldSeq, null))) {
                chat.deliveredSent = chat.visitorHeldSeq;
                lastSent = clock.instant();
            }
        }
    }

    private static boolean untold(LiveChat chat) {
        return chat.phase == ChatPhase.OPEN && chat.visitorHeldSeq > chat.deliveredSent;
    }
}
