package dev.switchboard.server.sensitive;

import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;

/** What the chat asks of sensitive words for each message: before an agent's is stored, after a visitor's is. */
public final class MessageScreen {

    private final SensitiveWords words;
    private final SensitiveWordFlags flags;

    MessageScreen(SensitiveWords words, SensitiveWordFlags flags) {
        this.words = words;
        this.flags = flags;
    }

    /** Refuses (422) an agent's text to the visitor that contains sensitive words, unless confirmed where that is allowed. */
    public void checkAgentText(String text, boolean confirmed) {
        words.checkAgentText(text, confirmed);
    }

    /** Who watches a chat on this node (the chat feature knows): they hear of its flags too. */
    public void tellWatchers(java.util.function.LongFunction<java.util.Set<Long>> watchersOfChat) {
        flags.tellWatchers(watchersOfChat);
    }

    /** Flags a visitor's stored message to supervisors when it contains sensitive words. */
    public void visitorMessageStored(Conversation conversation, ChatMessage message) {
        flags.visitorMessageStored(conversation, message);
    }
}
