package dev.switchboard.shared.sla;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A warning or breach of a ticket's SLA, announced once (entity {@link #ENTITY} of the change log,
 * seen only by its {@code recipients}): for the workstation's alerts and tray notifications.
 *
 * @param key        the event's key within its ticket ({@code target:kind:cycleStart}), unique per ticket
 * @param at         when the threshold was reached (inside the policy's business hours)
 * @param firedAt    when the backend announced it (at or shortly after {@code at})
 * @param recipients the agents told: the assignee, and for a breach (or an unassigned ticket) the group's supervisors
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlaAlert(long ticketId, String ticketNumber, String subject, String key, SlaTarget target, SlaAlertKind kind, Instant at,
                       Instant firedAt, Long policyId, String policyName, Long groupId, Long assigneeId, List<Long> recipients) {

    /** The change log's entity of SLA alerts. */
    public static final String ENTITY = "ticket_sla_event";

    public SlaAlert {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
