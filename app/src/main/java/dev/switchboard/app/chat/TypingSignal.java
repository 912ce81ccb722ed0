package dev.switchboard.app.chat;

import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.shared.chat.ChatMessages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Tells the other side that the agent is typing, without a message per keystroke: "typing" at most
 * every few seconds while keys are pressed, "stopped" after a pause or when the message is sent.
 * Runs on the chat service's thread.
 */
final class TypingSignal {

    static final Duration REPEAT = Duration.ofSeconds(3);
    static final Duration PAUSE = Duration.ofSeconds(4);

    /** One chat the agent is typing in: when "typing" was last said, and the timer that will say "stopped". */
    private static final class Typing {
        Instant lastSaid;
        Scheduler.Cancellable stop;
    }

    private final ChatLink link;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Consumer<Runnable> onChatThread;
    private final Map<Long, Typing> typing = new HashMap<>();

    TypingSignal(ChatLink link, Scheduler scheduler, Clock clock, Consumer<Runnable> onChatThread) {
        this.link = link;
        this.scheduler = scheduler;
        this.clock = clock;
        this.onChatThread = onChatThread;
    }

    void keystroke(long conversationId) {
        Instant now = clock.instant();
        Typing state = typing.computeIfAbsent(conversationId, id -> new Typing());
        if (state.lastSaid == null || !now.isBefore(state.lastSaid.plus(REPEAT))) {
            state.lastSaid = now;
            link.tell(ChatMessages.TYPING, new ChatMessages.Typing(conversationId, true, null));
        }
        if (state.stop != null) {
            state.stop.cancel();
        }
        state.stop = scheduler.schedule(PAUSE, () -> onChatThread.accept(() -> stopped(conversationId)));
    }

    /** The agent paused, sent the message or left the chat. */
    void stopped(long conversationId) {
        Typing state = typing.remove(conversationId);
        if (state == null) {
            return;
        }
        if (state.stop != null) {
            state.stop.cancel();
        }
        link.tell(ChatMessages.TYPING, new ChatMessages.Typing(conversationId, false, null));
    }
}
