package dev.switchboard.app.tickets;

import dev.switchboard.app.alerts.AgentAlert;
import dev.switchboard.app.alerts.AlertBoard;
import dev.switchboard.app.alerts.AlertSource;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.sla.SlaAlert;
import dev.switchboard.shared.sla.SlaAlertKind;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.LongPredicate;

/**
 * Alerts (and so tray notifications) about tickets, each opening the ticket: one assigned to me, a
 * customer's reply on a ticket of mine, an SLA warning or breach the backend told me of (ADR 0039).
 * Whether a ticket is newly mine needs what it was: the tickets assigned to me are read once when
 * the source starts, and the change log's tickets are followed from there (events that come before
 * that read answers wait for it). What happened longer ago than {@link #FRESH_FOR} raises nothing
 * (a first sign-in replays the change log; the queues show those tickets anyway), nor does what
 * happens to the ticket the agent is looking at. An alert goes when its ticket is opened, and the
 * assignment's when the ticket is no longer mine. FX thread; the change log's listeners hand over to it.
 */
final class TicketAlerts implements AlertSource {

    /** How old an event may be to raise an alert. */
    static final Duration FRESH_FOR = Duration.ofHours(1);
    private static final int PREVIEW = 80;

    private final AlertBoard board;
    private final TicketChanges changes;
    private final TicketSlaEvents slaEvents;
    private final TicketSource source;
    private final long me;
    private final LongPredicate lookingAt;
    private final I18n i18n;
    private final Clock clock;
    private final Executor fx;
    /** The tickets seen, as last seen: whether one is newly mine, and its number for the alert's text. */
    private final Map<Long, Ticket> known = new HashMap<>();
    private final List<Runnable> stops = new ArrayList<>();
    private List<TicketEvent> waiting = new ArrayList<>();
    private boolean started;
    private int generation;

    /** @param lookingAt whether the agent has a ticket open in front of them now */
    TicketAlerts(AlertBoard board, TicketChanges changes, TicketSlaEvents slaEvents, TicketSource source, long me, LongPredicate lookingAt,
                 I18n i18n, Clock clock, Executor fx) {
        this.board = board;
        this.changes = changes;
        this.slaEvents = slaEvents;
        this.source = source;
        this.me = me;
        this.lookingAt = lookingAt;
        this.i18n = i18n;
        this.clock = clock;
        this.fx = fx;
    }

    @Override
    public void start() {
        started = true;
        int run = ++generation;
        waiting = new ArrayList<>();
        stops.add(changes.listen(events -> fx.execute(() -> {
            if (run == generation) {
                onEvents(events);
            }
        })));
        stops.add(slaEvents.listen(alert -> fx.execute(() -> {
            if (run == generation) {
                onSla(alert);
            }
        })));
        source.list(new TicketFilter(List.of(), "me")).whenCompleteAsync((mine, failure) -> {
            if (run != generation) {
                return;
            }
            if (mine != null) {
                mine.forEach(ticket -> known.putIfAbsent(ticket.id(), ticket));
            }
            List<TicketEvent> held = waiting;
            waiting = null;
            onEvents(held);
        }, fx);
    }

    @Override
    public void stop() {
        started = false;
        generation++;
        stops.forEach(Runnable::run);
        stops.clear();
        known.clear();
    }

    /** The agent opened a ticket: its alerts are handled. */
    void opened(long ticketId) {
        board.resolveAbout(new TicketDestination(ticketId));
    }

    void onEvents(List<TicketEvent> events) {
        if (!started) {
            return;
        }
        if (waiting != null) {
            waiting.addAll(events);
            return;
        }
        for (TicketEvent event : events) {
            if (event instanceof TicketEvent.Changed changed) {
                changed(changed.ticket());
            } else if (event instanceof TicketEvent.Commented commented) {
                commented(commented.comment());
            } else {
                board.resolveAbout(new TicketDestination(event.ticketId()));
                known.remove(event.ticketId());
            }
        }
    }

    private void changed(Ticket ticket) {
        Ticket before = known.get(ticket.id());
        if (before != null && before.version() > ticket.version()) {
            return;
        }
        known.put(ticket.id(), ticket);
        boolean mineNow = ticket.assigneeId() != null && ticket.assigneeId() == me;
        boolean mineBefore = before != null && before.assigneeId() != null && before.assigneeId() == me;
        if (!mineNow) {
            board.resolve(assignedKey(ticket.id()));
            return;
        }
        boolean madeByMeForMe = before == null && ticket.version() == 1 && ticket.createdBy() != null && ticket.createdBy() == me;
        if (!mineBefore && !madeByMeForMe && fresh(ticket.updatedAt()) && !lookingAt.test(ticket.id())) {
            board.raise(new AgentAlert(assignedKey(ticket.id()), TicketAlertKind.ASSIGNED, new TicketDestination(ticket.id()),
                    i18n.get("tickets.alert.assigned", ticket.number(), ticket.subject())));
        }
    }

    private void commented(TicketComment comment) {
        boolean fromCustomer = comment.requesterId() != null && comment.authorId() == null && comment.kind() == CommentKind.PUBLIC_REPLY;
        if (!fromCustomer || comment.ticketAssigneeId() == null || comment.ticketAssigneeId() != me || !fresh(comment.createdAt())
                || lookingAt.test(comment.ticketId())) {
            return;
        }
        Ticket ticket = known.get(comment.ticketId());
        String body = comment.body() == null ? "" : comment.body().strip().replaceAll("\\s+", " ");
        String preview = body.length() > PREVIEW ? body.substring(0, PREVIEW) + "…" : body;
        board.raise(new AgentAlert("ticket-reply:" + comment.ticketId(), TicketAlertKind.CUSTOMER_REPLY, new TicketDestination(comment.ticketId()),
                i18n.get("tickets.alert.reply", comment.authorName() == null ? i18n.get("tickets.alert.customer") : comment.authorName(),
                        ticket == null ? "#" + comment.ticketId() : ticket.number(), preview)));
    }

    void onSla(SlaAlert alert) {
        if (!started || !alert.recipients().contains(me) || !fresh(alert.firedAt() == null ? alert.at() : alert.firedAt())
                || lookingAt.test(alert.ticketId())) {
            return;
        }
        String target = i18n.get("tickets.sla.target." + alert.target().name());
        boolean breach = alert.kind() == SlaAlertKind.BREACH;
        if (breach) {
            board.resolve(slaKey(alert, SlaAlertKind.WARNING));
        }
        board.raise(new AgentAlert(slaKey(alert, alert.kind()), breach ? TicketAlertKind.SLA_BREACH : TicketAlertKind.SLA_WARNING,
                new TicketDestination(alert.ticketId()),
                i18n.get(breach ? "tickets.alert.slaBreach" : "tickets.alert.slaWarning", alert.ticketNumber(), alert.subject(), target)));
    }

    static String assignedKey(long ticketId) {
        return "ticket-assigned:" + ticketId;
    }

    private static String slaKey(SlaAlert alert, SlaAlertKind kind) {
        return "ticket-sla:" + alert.ticketId() + ":" + alert.target() + ":" + kind;
    }

    private boolean fresh(Instant at) {
        return at != null && !at.isBefore(clock.instant().minus(FRESH_FOR));
    }
}
