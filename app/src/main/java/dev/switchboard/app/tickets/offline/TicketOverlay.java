package dev.switchboard.app.tickets.offline;

import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.Requester;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPatches;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The per-field bookkeeping of offline edits, without a database: a ticket with pending changes on
 * top (what the agent sees before they sync), a ticket made here before the backend numbered it, and
 * two changes of one ticket folded into one outbox entry (the later value of a field wins).
 */
public final class TicketOverlay {

    private TicketOverlay() {
    }

    /**
     * {@code ticket} with the fields {@code patch} names set as the backend will store them
     * ({@link TicketPatches#apply}); the version stays the backend's, the change time is the edit's.
     */
    public static Ticket apply(Ticket ticket, TicketPatch patch, Instant madeAt) {
        Ticket t = TicketPatches.apply(ticket, patch);
        Instant updated = madeAt.isAfter(t.updatedAt() == null ? Instant.MIN : t.updatedAt()) ? madeAt : t.updatedAt();
        return new Ticket(t.id(), t.number(), t.subject(), t.description(), t.requester(), t.categoryId(), t.priority(), t.status(),
                t.assigneeId(), t.groupId(), t.channel(), t.tags(), t.conversationId(), t.parentId(), t.relatedIds(), t.customFields(),
                t.version(), t.createdBy(), t.createdAt(), updated, t.sla(), t.pendingUntil());
    }

    /**
     * A ticket made here that the backend has not numbered yet, as the views show it: {@code id}
     * negative (never a backend id), {@code label} where the number goes, the backend's defaults
     * (status new, priority normal; when it names neither group nor assignee it is its maker's, unless
     * the maker is an administrator, who sees every ticket anyway, as the backend's TicketService decides).
     */
    public static Ticket provisional(long id, String label, NewTicket made, long me, Role myRole, Instant madeAt) {
        Requester requester = made.requester() == null ? null
                : new Requester(0, made.requester().name(), made.requester().email(), made.requester().phone(), made.requester().visitorId());
        Long assignee = made.assigneeId() == null && made.groupId() == null && !myRole.atLeast(Role.ADMIN) ? Long.valueOf(me) : made.assigneeId();
        return new Ticket(id, label, made.subject(), made.description(), requester, made.categoryId(),
                made.priority() == null ? TicketPriority.NORMAL : made.priority(),
                made.status() == null ? TicketStatus.NEW : made.status(),
                assignee, made.groupId(), made.channel() == null ? TicketChannel.API : made.channel(), made.tags(),
                made.conversationId(), made.parentId(), made.relatedIds(), made.customFields(), 0, me, madeAt, madeAt, null);
    }

    /** One change doing what {@code earlier} and then {@code later} do, from {@code earlier}'s version. */
    public static TicketPatch fold(TicketPatch earlier, TicketPatch later) {
        Map<String, Object> custom = null;
        if (earlier.customFields() != null || later.customFields() != null) {
            custom = new HashMap<>();
            if (earlier.customFields() != null) {
                custom.putAll(earlier.customFields());
            }
            if (later.customFields() != null) {
                custom.putAll(later.customFields());
            }
        }
        return new TicketPatch(earlier.version(),
                either(later.subject(), earlier.subject()),
                either(later.description(), earlier.description()),
                either(later.categoryId(), earlier.categoryId()),
                either(later.priority(), earlier.priority()),
                either(later.status(), earlier.status()),
                either(later.assigneeId(), earlier.assigneeId()),
                either(later.groupId(), earlier.groupId()),
                either(later.tags(), earlier.tags()),
                either(later.parentId(), earlier.parentId()),
                either(later.relatedIds(), earlier.relatedIds()),
                custom,
                either(later.pendingUntil(), earlier.pendingUntil()));
    }

    /** A create that has not been pushed yet, with a later change of its ticket folded in. */
    public static NewTicket fold(NewTicket create, TicketPatch later) {
        Map<String, Object> custom = create.customFields() == null ? null : new HashMap<>(create.customFields());
        if (later.customFields() != null) {
            custom = custom == null ? new HashMap<>() : custom;
            for (Map.Entry<String, Object> entry : later.customFields().entrySet()) {
                if (entry.getValue() == null) {
                    custom.remove(entry.getKey());
                } else {
                    custom.put(entry.getKey(), entry.getValue());
                }
            }
        }
        return new NewTicket(either(later.subject(), create.subject()), either(later.description(), create.description()),
                create.requesterId(), create.requester(), pick(later.categoryId(), create.categoryId()),
                either(later.priority(), create.priority()), either(later.status(), create.status()),
                pick(later.assigneeId(), create.assigneeId()), pick(later.groupId(), create.groupId()), create.channel(),
                either(later.tags(), create.tags()), create.conversationId(), pick(later.parentId(), create.parentId()),
                either(later.relatedIds(), create.relatedIds()), custom, create.clientId());
    }

    /** A clearable field of a patch: absent (null) keeps {@code now}, empty clears it. */
    private static Long pick(Optional<Long> change, Long now) {
        return change == null ? now : change.orElse(null);
    }

    private static <T> T either(T later, T earlier) {
        return later != null ? later : earlier;
    }
}
