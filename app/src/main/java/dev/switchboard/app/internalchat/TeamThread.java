package dev.switchboard.app.internalchat;

import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamMessage;
import java.util.List;

/**
 * One conversation with colleagues as the workstation shows it, immutable.
 *
 * @param messages   the messages held, in seq order
 * @param outbox     what the agent wrote to it that is not stored yet, oldest first
 * @param readSeq    how far the agent has read it
 * @param unread     colleagues' messages after {@code readSeq}
 * @param hasEarlier older messages are on the server, to be paged in
 */
public record TeamThread(TeamConversation conversation, List<TeamMessage> messages, List<TeamOutgoing> outbox, long readSeq, int unread,
                         boolean hasEarlier) {

    public TeamThread {
        messages = List.copyOf(messages);
        outbox = List.copyOf(outbox);
    }

    public long id() {
        return conversation.id();
    }
}
