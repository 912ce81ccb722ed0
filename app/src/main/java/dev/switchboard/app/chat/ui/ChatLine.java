package dev.switchboard.app.chat.ui;

import dev.switchboard.app.chat.Delivery;
import dev.switchboard.app.chat.OutgoingMessage;
import dev.switchboard.shared.chat.ChatMessage;
import java.time.LocalDate;

/** One line of a chat's message list. Records, so that an unchanged line compares equal across snapshots. */
public sealed interface ChatLine {

    /** The date before the first message of a day. */
    record Day(LocalDate date) implements ChatLine {
    }

    /** A system line ("Alice joined the chat"), centred. */
    record Event(ChatMessage message) implements ChatLine {
    }

    /** A stored message; {@code delivery} only for the agent's own. */
    record Message(ChatMessage message, boolean mine, Delivery delivery) implements ChatLine {
    }

    /** What the agent sent that the chat does not show as stored yet. */
    record Pending(OutgoingMessage message) implements ChatLine {
    }
}
