package dev.switchboard.shared.tickets;

/**
 * A change-log entry (entity {@link #ENTITY}, id the ticket's) for the agents who could see a ticket
 * before a change of its group or assignee and cannot after it: they hear nothing more of it, so they
 * drop it and its comments from what they keep. Those who still see it get the ticket as usual.
 */
public record TicketOutOfSight(long ticketId, Long formerGroupId, Long formerAssigneeId, Long groupId, Long assigneeId) {

    /** The change-log entity of tickets leaving some agents' sight. */
    public static final String ENTITY = "ticket_out_of_sight";
}
