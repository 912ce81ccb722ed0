package dev.switchboard.app.chat;

import dev.switchboard.shared.chat.Conversation;
import java.time.Instant;

/** A chat the server offers this agent until {@code expiresAt} (auto-accept off): accept or decline. */
public record ChatOffer(Conversation conversation, Instant expiresAt) {
}
