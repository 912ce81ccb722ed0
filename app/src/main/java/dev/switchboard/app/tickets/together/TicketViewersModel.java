package dev.switchboard.app.tickets.together;

import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.shared.tickets.together.TicketViewers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiPredicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Collision detection, the workstation's side: says which ticket the agent has open and whether
 * they are writing a reply on it ({@code ticket.viewing}, again every
 * {@link TicketViewers#HEARTBEAT_SECONDS} and after every reconnect), and keeps who else is on each
 * ticket ({@code ticket.viewers}) for the ticket page and the list. The agent's own workstations are
 * left out. The map changes on the FX thread; {@link #show} and {@link #replying} are called there.
 */
public final class TicketViewersModel {

    private static final Duration HEARTBEAT = Duration.ofSeconds(TicketViewers.HEARTBEAT_SECONDS);

    private final BiPredicate<String, Object> tell;
    private final Scheduler scheduler;
    private final Executor fx;
    private final long self;
    private final ObservableMap<Long, List<TicketViewers.Viewer>> others = FXCollections.observableHashMap();
    private Long shown;
    private boolean writing;
    private Scheduler.Cancellable beat;

    /** @param tell sends a message on the agent socket; false when not connected */
    public TicketViewersModel(BiPredicate<String, Object> tell, Scheduler scheduler, Executor fx, long self) {
        this.tell = tell;
        this.scheduler = scheduler;
        this.fx = fx;
        this.self = self;
    }

    /** Colleagues on each ticket someone has open, by ticket id (tickets nobody else has open are absent). */
    public ObservableMap<Long, List<TicketViewers.Viewer>> others() {
        return others;
    }

    /** A {@code ticket.viewers}, on a network thread. */
    public void heard(TicketViewers.Viewers viewers) {
        List<TicketViewers.Viewer> colleagues = viewers.viewers().stream().filter(viewer -> viewer.agentId() != self).toList();
        fx.execute(() -> {
            if (colleagues.isEmpty()) {
                others.remove(viewers.ticketId());
            } else {
                others.put(viewers.ticketId(), colleagues);
            }
        });
    }

    /** The connection came or went, on a network thread: a new one hears the ticket again, a lost one forgets who was there. */
    public void connectionChanged(ConnectionState state) {
        if (state == ConnectionState.CONNECTED) {
            synchronized (this) {
                say();
            }
        } else {
            fx.execute(others::clear);
        }
    }

    /** The ticket the agent has in front of them now, or null. */
    public synchronized void show(Long ticketId) {
        if (java.util.Objects.equals(ticketId, shown)) {
            return;
        }
        if (shown != null) {
            tell.test(TicketViewers.VIEWING, new TicketViewers.Viewing(shown, false, false));
        }
        shown = ticketId;
        writing = false;
        if (beat != null) {
            beat.cancel();
            beat = null;
        }
        if (ticketId != null) {
            say();
            scheduleBeat();
        }
    }

    /** Whether the agent is writing a reply or note on the ticket they show. */
    public synchronized void replying(boolean now) {
        if (now != writing) {
            writing = now;
            say();
        }
    }

    private void scheduleBeat() {
        beat = scheduler.schedule(HEARTBEAT, () -> {
            synchronized (this) {
                if (shown != null) {
                    say();
                    scheduleBeat();
                }
            }
        });
    }

    private void say() {
        if (shown != null) {
            tell.test(TicketViewers.VIEWING, new TicketViewers.Viewing(shown, true, writing));
        }
    }
}
