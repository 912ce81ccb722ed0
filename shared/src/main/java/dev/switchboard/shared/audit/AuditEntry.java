package dev.switchboard.shared.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One entry of the audit log: who ({@code actorId}, their display name now; none for the system)
 * did what ({@code action}, e.g. {@code chat.transfer}) to what ({@code target}, e.g.
 * {@code conversation:42}), with the details the action recorded.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(long id, Instant at, Long actorId, String actorName, String action, String target, String detail) {
}
