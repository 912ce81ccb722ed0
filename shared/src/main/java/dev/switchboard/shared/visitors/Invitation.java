package dev.switchboard.shared.visitors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * An invitation to chat shown to a visitor. {@code agentId} is null for an automatic one,
 * {@code ruleId} null for a manual one; a forced invitation opens the chat window at once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Invitation(long id, String visitorId, String message, Long agentId, String agentName, Long ruleId,
                         boolean forced, InvitationOutcome outcome, Instant createdAt) {
}
