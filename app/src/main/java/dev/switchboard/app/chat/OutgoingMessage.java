package dev.switchboard.app.chat;

import dev.switchboard.shared.chat.Attachment;
import java.time.Instant;

/**
 * A message the agent sent that the chat does not show as stored yet: kept in the cache's outbox
 * and sent (again) until the server acknowledges its {@code clientId}. {@code storedSeq} is the
 * sequence number the server acknowledged (0 before), while the stored message itself is still
 * on its way; {@code failure} is the server's refusal, when it refused; {@code attachment} a file
 * already uploaded, {@code text} then its caption. {@code sensitiveConfirmed}: the agent was warned
 * of sensitive words in it and sends it anyway; kept in memory only (the cache does not store it),
 * so a message still unsent after a restart is sent unconfirmed and, if the backend refuses it,
 * shows as failed with its text.
 */
public record OutgoingMessage(String clientId, long conversationId, String text, boolean note, Attachment attachment,
                              Instant createdAt, long storedSeq, String failure, boolean sensitiveConfirmed) {

    /** As read from the cache: not confirmed. */
    public OutgoingMessage(String clientId, long conversationId, String text, boolean note, Attachment attachment,
                           Instant createdAt, long storedSeq, String failure) {
        this(clientId, conversationId, text, note, attachment, createdAt, storedSeq, failure, false);
    }

    public static OutgoingMessage create(String clientId, long conversationId, String text, boolean note, Attachment attachment,
                                         Instant createdAt) {
        return new OutgoingMessage(clientId, conversationId, text, note, attachment, createdAt, 0, null);
    }

    /** The same message, sent although it contains sensitive words. */
    public OutgoingMessage confirmedSensitive() {
        return new OutgoingMessage(clientId, conversationId, text, note, attachment, createdAt, storedSeq, failure, true);
    }

    public OutgoingMessage failed(String reason) {
        return new OutgoingMessage(clientId, conversationId, text, note, attachment, createdAt, storedSeq, reason, sensitiveConfirmed);
    }

    public OutgoingMessage stored(long seq) {
        return new OutgoingMessage(clientId, conversationId, text, note, attachment, createdAt, seq, null, sensitiveConfirmed);
    }

    public Delivery delivery() {
        if (failure != null) {
            return Delivery.FAILED;
        }
        return storedSeq > 0 ? Delivery.SENT : Delivery.PENDING;
    }
}
