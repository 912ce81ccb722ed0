package dev.switchboard.server.chat;

import dev.switchboard.shared.chat.Conversation;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Work another feature does when a chat ends, in the transaction that ends it (a wrap-up owed by
 * its agent): it is committed with the end or not at all, whichever node ended the chat.
 */
@FunctionalInterface
public interface ChatEndHook {

    /** {@code conversation} as it was just before it ended (its owner and group). */
    void ended(Handle handle, Conversation conversation, Instant at);
}
