package dev.switchboard.app.internalchat;

import dev.switchboard.app.net.NotConnectedException;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the agent wrote to colleagues, in order, whenever connected, and again after a drop
 * or a missing answer until the server acknowledges it (the server stores each client id once). A
 * refusal (4xx) marks the message failed with the server's reason instead of losing it. As the
 * visitor chat's outbox does; runs on the team chat service's thread.
 */
final class TeamOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(TeamOutbox.class);
    static final Duration RETRY_DELAY = Duration.ofSeconds(5);

    private final TeamChatService.Services services;
    private final Consumer<Runnable> onServiceThread;
    private final BooleanSupplier connected;
    private final Map<Long, LiveThread> threads;
    private final Runnable publish;
    private final Set<String> inFlight = new HashSet<>();

    TeamOutbox(TeamChatService.Services services, Consumer<Runnable> onServiceThread, BooleanSupplier connected,
               Map<Long, LiveThread> threads, Runnable publish) {
        this.services = services;
        this.onServiceThread = onServiceThread;
        this.connected = connected;
        this.threads = threads;
        this.publish = publish;
    }

    /** A new connection: what was on its way over the old one is sent again. */
    void reconnected() {
        inFlight.clear();
        flush();
    }

    /** Sends every pending message of every conversation that is not on its way already, oldest first. */
    void flush() {
        if (!connected.getAsBoolean()) {
            return;
        }
        for (LiveThread thread : List.copyOf(threads.values())) {
            for (TeamOutgoing message : List.copyOf(thread.outbox.values())) {
                if (!message.failed() && inFlight.add(message.clientId())) {
                    services.link().request(TeamChatMessages.MESSAGE, new TeamChatMessages.Post(message.conversationId(), message.clientId(),
                                    message.text(), message.sharedChatId()))
                            .whenComplete((ok, failure) -> onServiceThread.accept(() -> finished(message, failure)));
                }
            }
        }
    }

    /** The server acknowledged a message: it leaves the outbox. Answers whether it was in it. */
    boolean stored(LiveThread thread, String clientId) {
        if (thread.outbox.remove(clientId) == null) {
            return false;
        }
        services.store().removeOutgoing(clientId);
        return true;
    }

    private void finished(TeamOutgoing message, Throwable failure) {
        inFlight.remove(message.clientId());
        if (failure == null) {
            return;
        }
        Throwable cause = TeamChatService.unwrap(failure);
        if (cause instanceof ProblemException refused && refused.problem().status() < 500) {
            LiveThread thread = threads.get(message.conversationId());
            if (thread != null && thread.outbox.containsKey(message.clientId())) {
                String reason = refused.problem().detail() != null ? refused.problem().detail() : refused.problem().title();
                thread.outbox.put(message.clientId(), message.refused(reason));
                services.store().failOutgoing(message.clientId(), reason);
                publish.run();
            }
        } else if (!(cause instanceof NotConnectedException)) {
            // no answer in time, or the server failed: try again soon (the server keeps one copy per clientId)
            LOG.info("Sending a team chat message got no answer ({}); trying again", cause.toString());
            services.scheduler().schedule(RETRY_DELAY, () -> onServiceThread.accept(this::flush));
        }
    }
}
