package dev.switchboard.server.tickets;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.JsonBodies;
import dev.switchboard.server.realtime.AgentMessageHandler;
import dev.switchboard.server.realtime.AgentPeer;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.together.TicketViewers;
import dev.switchboard.shared.ws.Envelope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;

/**
 * Who has which ticket open and who is replying on it (collision detection), told live over the
 * agent socket to everyone who may see the ticket.
 *
 * <p>State (ADR 0008): <b>per connection</b> — an entry belongs to one open agent socket of this
 * node and dies with it ({@link #closed}); an entry not repeated within
 * {@link TicketViewers#EXPIRES_SECONDS} (a workstation gone without closing its socket, a lost
 * "stopped viewing") is dropped by {@link #sweep}, which runs on every node for its own sockets.
 * Nothing is stored: a node that dies takes its viewers with it and every other node's receivers
 * forget them by the same expiry once several nodes exist (the ADR 0037 says how they will be
 * shared). Bounded by the open sockets times the tickets each shows (one, in the workstation).
 *
 * <p>One lock orders every change and the announcement it causes, so receivers never get an older
 * list after a newer one; announcing reads each receiver's sight, which is cheap next to how rarely
 * agents open tickets.
 */
final class TicketPresence implements AgentMessageHandler {

    static final Duration SWEEP = Duration.ofSeconds(5);

    private final Jdbi jdbi;
    private final TicketAccess access;
    private final AgentDirectory agents;
    private final Clock clock;
    private final Duration expiry = Duration.ofSeconds(TicketViewers.EXPIRES_SECONDS);
    /** Every open agent socket of this node, with the tickets it shows. */
    private final Map<String, Peer> peers = new LinkedHashMap<>();

    private record Peer(AgentPeer socket, Map<Long, Seen> tickets) {
    }

    private record Seen(boolean replying, Instant until) {
    }

    TicketPresence(Jdbi jdbi, TicketAccess access, AgentDirectory agents, Clock clock) {
        this.jdbi = jdbi;
        this.access = access;
        this.agents = agents;
        this.clock = clock;
    }

    @Override
    public Set<String> types() {
        return Set.of(TicketViewers.VIEWING);
    }

    @Override
    public void handle(AgentPeer peer, Envelope message) {
        if (message.payload() == null) {
            throw new ApiException(ProblemType.VALIDATION, message.type() + " needs a payload");
        }
        TicketViewers.Viewing viewing = JsonBodies.read(message.payload().toString(), TicketViewers.Viewing.class);
        TicketAccess.Scope scope = access.scope(peer.principal());
        if (ticket(viewing.ticketId()).filter(scope::sees).isEmpty()) {
            throw ApiException.notFound("ticket " + viewing.ticketId());
        }
        synchronized (this) {
            Peer state = peers.computeIfAbsent(peer.id(), id -> new Peer(peer, new HashMap<>()));
            Seen before = viewing.viewing()
                    ? state.tickets().put(viewing.ticketId(), new Seen(viewing.replying(), clock.instant().plus(expiry)))
                    : state.tickets().remove(viewing.ticketId());
            boolean changed = viewing.viewing() ? before == null || before.replying() != viewing.replying() : before != null;
            if (changed) {
                announce(viewing.ticketId());
            }
        }
    }

    /** A new socket hears who is on every ticket it may see that someone has open now. */
    @Override
    public void connected(AgentPeer peer) {
        synchronized (this) {
            peers.put(peer.id(), new Peer(peer, new HashMap<>()));
            TicketAccess.Scope scope = access.scope(peer.principal());
            for (long ticketId : shown()) {
                if (ticket(ticketId).filter(scope::sees).isPresent()) {
                    peer.send(viewersOf(ticketId));
                }
            }
        }
    }

    @Override
    public void closed(AgentPeer peer) {
        synchronized (this) {
            Peer gone = peers.remove(peer.id());
            if (gone != null) {
                gone.tickets().keySet().forEach(this::announce);
            }
        }
    }

    /** Drops the viewers not heard of within the expiry, and tells who they were shown to. */
    void sweep() {
        Instant now = clock.instant();
        synchronized (this) {
            Set<Long> changed = new TreeSet<>();
            for (Peer peer : peers.values()) {
                peer.tickets().entrySet().removeIf(entry -> {
                    boolean expired = !entry.getValue().until().isAfter(now);
                    if (expired) {
                        changed.add(entry.getKey());
                    }
                    return expired;
                });
            }
            changed.forEach(this::announce);
        }
    }

    /** Tells everyone connected here who may see the ticket who has it open now. Holds the lock. */
    private void announce(long ticketId) {
        Optional<Ticket> ticket = ticket(ticketId);
        if (ticket.isEmpty()) {
            return;
        }
        Envelope envelope = viewersOf(ticketId);
        Map<Long, Boolean> sight = new HashMap<>();
        for (Peer peer : peers.values()) {
            long agentId = peer.socket().principal().agentId();
            boolean sees = sight.computeIfAbsent(agentId, id -> access.scope(peer.socket().principal()).sees(ticket.get()));
            if (sees) {
                peer.socket().send(envelope);
            }
        }
    }

    private Envelope viewersOf(long ticketId) {
        Map<Long, Boolean> replying = new LinkedHashMap<>();
        for (Peer peer : peers.values()) {
            Seen seen = peer.tickets().get(ticketId);
            if (seen != null) {
                replying.merge(peer.socket().principal().agentId(), seen.replying(), Boolean::logicalOr);
            }
        }
        List<TicketViewers.Viewer> viewers = new ArrayList<>();
        replying.forEach((agentId, writes) -> viewers.add(new TicketViewers.Viewer(agentId,
                agents.findAgent(agentId).map(Agent::displayName).orElse(""), writes)));
        return Envelope.outgoing(TicketViewers.VIEWERS, null, null, new TicketViewers.Viewers(ticketId, viewers));
    }

    private Set<Long> shown() {
        Set<Long> shown = new TreeSet<>();
        peers.values().forEach(peer -> shown.addAll(peer.tickets().keySet()));
        return shown;
    }

    private Optional<Ticket> ticket(long id) {
        return jdbi.withHandle(handle -> TicketStore.find(handle, id));
    }
}
