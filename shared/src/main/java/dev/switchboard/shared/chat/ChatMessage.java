package dev.switchboard.shared.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A message of a conversation. {@code seq} is its place in the conversation (1, 2, 3, ... with no
 * gaps); {@code clientId} is the sender's own id for it, which makes sending it again harmless.
 * The body is plain text and is never interpreted as markup. An {@link MessageKind#EVENT} carries
 * its meaning in {@code event} (null on other kinds) and an English sentence in {@code body}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatMessage(long conversationId, long seq, String clientId, SenderType senderType, Long senderAgentId,
                          String senderName, MessageKind kind, String body, Instant createdAt, Attachment attachment,
                          ChatEvent event) {
}
