package dev.switchboard.app.queue;

import java.util.List;
import javafx.beans.binding.StringBinding;

/**
 * One group's waiting queue as the panel shows it: the count, how long the longest has waited
 * (ticking; empty when nobody waits), the first waiting chats, and how many more wait unlisted
 * ({@code moreText} empty when none). Texts are in the language of when it was built; the view
 * model builds the items anew when the language changes.
 */
public record QueueGroupItem(long groupId, String name, int waiting, String waitingText, StringBinding longestWait,
                             List<QueuedChatItem> chats, String moreText) {

    public QueueGroupItem {
        chats = List.copyOf(chats);
    }

    /** Stops the ticking texts: the item is no longer shown. */
    void dispose() {
        longestWait.dispose();
        chats.forEach(chat -> chat.waited().dispose());
    }
}
