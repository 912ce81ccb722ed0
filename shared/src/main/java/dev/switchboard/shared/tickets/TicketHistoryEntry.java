package dev.switchboard.shared.tickets;

import java.time.Instant;

/**
 * One change of one field of a ticket: who (an agent, or null for the system), when, which field (a
 * JSON name of {@link TicketPatch}, or {@code created}), the value before and after as text, the
 * version the change made, and the rule that made it (null when a person did).
 */
public record TicketHistoryEntry(long id, long ticketId, long version, String field, String fromValue, String toValue,
                                 Long agentId, String agentName, String rule, Instant at) {
}
