package dev.switchboard.app.chat;

import dev.switchboard.app.navigation.Navigator;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Opens a chat the agent was just given by their own action (taken from the queue, taken over) as
 * soon as it is among their chats: the server's {@code chat.assigned} and its answer to the action
 * race, and the chats are published a moment after either. FX thread.
 */
public final class ChatArrival {

    private ChatArrival() {
    }

    public static void openWhenArrived(Navigator navigator, SessionChats chats, long conversationId) {
        if (arrived(chats.snapshots().get(), conversationId)) {
            navigator.open(new ChatDestination(conversationId));
            return;
        }
        chats.snapshots().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends ChatsSnapshot> observable, ChatsSnapshot before, ChatsSnapshot now) {
                if (arrived(now, conversationId)) {
                    chats.snapshots().removeListener(this);
                    navigator.open(new ChatDestination(conversationId));
                }
            }
        });
    }

    private static boolean arrived(ChatsSnapshot snapshot, long conversationId) {
        return snapshot.chat(conversationId).filter(chat -> chat.phase() == ChatPhase.OPEN).isPresent();
    }
}
