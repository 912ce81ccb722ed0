package dev.switchboard.shared.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/** A chat between a visitor and agents, as agents and integrators see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Conversation(long id, String visitorId, String site, ConversationStatus status, Long groupId, Long ownerId,
                           Map<String, String> prechat, long lastSeq, Instant createdAt, Instant assignedAt, Instant endedAt,
                           Integer rating, String ratingComment) {

    public Conversation {
        prechat = prechat == null ? Map.of() : Map.copyOf(prechat);
    }
}
