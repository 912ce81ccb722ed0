package dev.switchboard.shared.chat;

import java.util.List;

/** Answer of {@code GET /api/v1/conversations/{id}/messages?after=SEQ}: messages in order, and whether more follow. */
public record MessagePage(List<ChatMessage> messages, boolean hasMore) {

    public MessagePage {
        messages = List.copyOf(messages);
    }
}
