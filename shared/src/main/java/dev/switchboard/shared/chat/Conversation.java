package dev.switchboard.shared.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * A chat between a visitor and agents, as agents and integrators see it; {@code routing} says why
 * it went where it is (null before it was routed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Conversation(long id, String visitorId, String site, ConversationStatus status, Long groupId, Long ownerId,
                           Map<String, String> prechat, long lastSeq, Instant createdAt, Instant assignedAt, Instant endedAt,
                           Integer rating, String ratingComment, RoutingReasons routing) {

    public Conversation {
        prechat = prechat == null ? Map.of() : Map.copyOf(prechat);
    }

    /** A conversation without routing reasons (not routed yet, or where they do not matter). */
    public Conversation(long id, String visitorId, String site, ConversationStatus status, Long groupId, Long ownerId,
                        Map<String, String> prechat, long lastSeq, Instant createdAt, Instant assignedAt, Instant endedAt,
                        Integer rating, String ratingComment) {
        this(id, visitorId, site, status, groupId, ownerId, prechat, lastSeq, createdAt, assignedAt, endedAt, rating, ratingComment, null);
    }
}
