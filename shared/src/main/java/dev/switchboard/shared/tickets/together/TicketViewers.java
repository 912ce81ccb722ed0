package dev.switchboard.shared.tickets.together;

import java.util.List;

/**
 * Who has a ticket open and who writes a reply on it (collision detection), on the agent socket.
 * Nothing of it is stored: it lives as long as the sockets and the heartbeats.
 */
public final class TicketViewers {

    /**
     * Client to server: the agent has ticket {@code ticketId} open ({@code viewing}), and is writing
     * a reply or note on it ({@code replying}). Repeated every {@link #HEARTBEAT_SECONDS} while it
     * stays open; {@code viewing} false when it is closed. {@link Viewing}.
     */
    public static final String VIEWING = "ticket.viewing";
    /**
     * Server to client: everyone who has a ticket open now ({@link Viewers}; an empty list when
     * nobody), to every agent who may see the ticket. After the welcome, one for each ticket open
     * somewhere that the agent may see.
     */
    public static final String VIEWERS = "ticket.viewers";
    /** How often a workstation repeats {@link #VIEWING} for the ticket it shows. */
    public static final int HEARTBEAT_SECONDS = 15;
    /** A viewer not heard of for this long is gone (a workstation that vanished without closing its socket). */
    public static final int EXPIRES_SECONDS = 45;

    private TicketViewers() {
    }

    /** {@code ticket.viewing}. */
    public record Viewing(long ticketId, boolean viewing, boolean replying) {
    }

    /** {@code ticket.viewers}. */
    public record Viewers(long ticketId, List<Viewer> viewers) {

        public Viewers {
            viewers = List.copyOf(viewers);
        }
    }

    /** One agent on a ticket (several workstations of one agent show once; replying if any of them is). */
    public record Viewer(long agentId, String name, boolean replying) {
    }
}
