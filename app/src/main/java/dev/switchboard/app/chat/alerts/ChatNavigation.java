package dev.switchboard.app.chat.alerts;

import javafx.beans.value.ObservableValue;

/**
 * The chat tabs as the alerts need them: which chat the agent has in front, and a way to show
 * one. Implemented by the chats page; FX thread.
 */
public interface ChatNavigation {

    /** The chat whose tab is selected on the showing chats page, or null when none is. */
    ObservableValue<Long> visibleChat();

    /** Shows the chat's tab (the window is brought forward by the caller). */
    void openChat(long conversationId);
}
