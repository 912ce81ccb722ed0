package dev.switchboard.app.chat;

import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The chats of one signed-in session, as the chat feature offers them to its window and to other
 * features (the queue panel, supervision).
 *
 * @param service   to act on the chats, from any thread
 * @param snapshots the newest chats snapshot, on the FX thread
 * @param canned    the canned replies the agent may use
 */
public record SessionChats(ChatService service, ReadOnlyObjectProperty<ChatsSnapshot> snapshots, CannedReplies canned) {
}
