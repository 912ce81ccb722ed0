package dev.switchboard.app.chat;

import dev.switchboard.shared.chat.Attachment;
import java.time.Instant;

/**
 * A message the agent sent that the chat does not show as stored yet: kept in the cache's outbox
 * and sent (again) until the server acknowledges its {@code clientId}. {@code storedSeq} is the
 * sequence number the server acknowledged (0 before), while the stored message itself is still
 * on its way; {@code failure} is the server's refusal, when it refused; {@code attachment} a file
 * already uploaded, {@code text} then its caption.
 */
public record OutgoingMessage(String clientId, long conversationId, String text, boolean note, Attachment attachment,
                              Instant createdAt, long storedSeq, String failure) {

    public static OutgoingMessage create(String clientId, long conversationId, String text, boolean note, Attachment attachment,
                                         Instant createdAt) {
        return new OutgoingMessage(clientId, conversationId, text, note, attachment, createdAt, 0, null);
    }

    public OutgoingMessage failed(String reason) {
        return new OutgoingMessage(clientId, conversationId, text, note, attachment, createdAt, storedSeq, reason);
    }

    public OutgoingMessage stored(long seq) {
        return new OutgoingMessage(clientId, conversationId, text, note, attachment, createdAt, seq, null);
    }

    public Delivery delivery() {
        if (failure != null) {
            return Delivery.FAILED;
        }
        return storedSeq > 0 ? Delivery.SENT : Delivery.PENDING;
    }
}
