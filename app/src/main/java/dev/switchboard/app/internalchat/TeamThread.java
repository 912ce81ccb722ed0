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
 * @param typing     the colleagues typing in it now, by agent id
 */
public record TeamThread(TeamConversation conversation, List<TeamMessage> messages, List<TeamOutgoing> outbox, long readSeq, int unread,
                         boolean hasEarlier, List<Long> typing) {

    public TeamThread {
        messages = List.copyOf(messages);
        outbox = List.copyOf(outbox);
        typing = List.copyOf(typing);
    }

    public long id() {
        return conversation.id();
    }
}
