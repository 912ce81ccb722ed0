package dev.switchboard.app.queue;

import javafx.beans.binding.StringBinding;

/** One waiting visitor in the panel: name (or a stand-in), waiting time (ticking), marked when prioritized (VIP). */
public record QueuedChatItem(long conversationId, String visitorName, StringBinding waited, boolean priority) {
}
