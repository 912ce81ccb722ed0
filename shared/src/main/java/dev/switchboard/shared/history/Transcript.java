package dev.switchboard.shared.history;

import dev.switchboard.shared.chat.ChatMessage;
import java.util.List;

/** A past chat with every message, notes and event lines included, in order. */
public record Transcript(HistoryEntry chat, List<ChatMessage> messages) {

    public Transcript {
        messages = List.copyOf(messages);
    }
}
