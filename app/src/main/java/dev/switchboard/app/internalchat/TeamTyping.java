package dev.switchboard.app.internalchat;

import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Who is typing in the team chat, both ways, without a message per keystroke: the agent's
 * "typing" goes at most every few seconds while keys are pressed and "stopped" after a pause or
 * when the message is sent (as in visitor chats); a colleague shows as typing until they stop,
 * send, or are silent for a while (a lost "stopped"). Runs on the team chat service's thread.
 */
final class TeamTyping {

    static final Duration REPEAT = Duration.ofSeconds(3);
    static final Duration PAUSE = Duration.ofSeconds(4);
    /** A colleague's "typing" holds this long unless repeated: a little more than their repeat, for a late one. */
    static final Duration HEARD_FOR = Duration.ofSeconds(6);

    /** The agent typing in one conversation: when "typing" was last said, and the timer that will say "stopped". */
    private static final class Mine {
        Instant lastSaid;
        Scheduler.Cancellable stop;
    }

    private final TeamChatLink link;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Consumer<Runnable> onServiceThread;
    private final Runnable changed;
    private final Map<Long, Mine> mine = new HashMap<>();
    /** By conversation: the colleagues typing, each with the timer that forgets them. */
    private final Map<Long, Map<Long, Scheduler.Cancellable>> colleagues = new HashMap<>();

    /** @param changed runs (on the service's thread) when who is typing changed by itself, i.e. timed out */
    TeamTyping(TeamChatLink link, Scheduler scheduler, Clock clock, Consumer<Runnable> onServiceThread, Runnable changed) {
        this.link = link;
        this.scheduler = scheduler;
        this.clock = clock;
        this.onServiceThread = onServiceThread;
        this.changed = changed;
    }

    void keystroke(long conversationId) {
        Instant now = clock.instant();
        Mine state = mine.computeIfAbsent(conversationId, id -> new Mine());
        if (state.lastSaid == null || !now.isBefore(state.lastSaid.plus(REPEAT))) {
            state.lastSaid = now;
            link.tell(TeamChatMessages.TYPING, new TeamChatMessages.Typing(conversationId, true, null));
        }
        if (state.stop != null) {
            state.stop.cancel();
        }
        state.stop = scheduler.schedule(PAUSE, () -> onServiceThread.accept(() -> stopped(conversationId)));
    }

    /** The agent paused or sent the message. */
    void stopped(long conversationId) {
        Mine state = mine.remove(conversationId);
        if (state == null) {
            return;
        }
        if (state.stop != null) {
            state.stop.cancel();
        }
        link.tell(TeamChatMessages.TYPING, new TeamChatMessages.Typing(conversationId, false, null));
    }

    /** A colleague's {@code team.typing}. */
    void heard(TeamChatMessages.Typing typing) {
        if (typing.agentId() == null) {
            return;
        }
        if (typing.typing()) {
            Scheduler.Cancellable forget = scheduler.schedule(HEARD_FOR, () -> onServiceThread.accept(() -> {
                if (forget(typing.conversationId(), typing.agentId())) {
                    changed.run();
                }
            }));
            Scheduler.Cancellable before = colleagues.computeIfAbsent(typing.conversationId(), id -> new TreeMap<>())
                    .put(typing.agentId(), forget);
            if (before != null) {
                before.cancel();
            }
        } else {
            forget(typing.conversationId(), typing.agentId());
        }
    }

    /** A colleague's message came: they are done typing it. Answers whether they showed as typing. */
    boolean forget(long conversationId, long agentId) {
        Map<Long, Scheduler.Cancellable> typing = colleagues.get(conversationId);
        Scheduler.Cancellable timer = typing == null ? null : typing.remove(agentId);
        if (timer == null) {
            return false;
        }
        timer.cancel();
        if (typing.isEmpty()) {
            colleagues.remove(conversationId);
        }
        return true;
    }

    /** The colleagues typing in a conversation, by id. */
    List<Long> in(long conversationId) {
        return List.copyOf(colleagues.getOrDefault(conversationId, Map.of()).keySet());
    }
}
