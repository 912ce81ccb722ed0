package dev.switchboard.shared.teamchat;

import java.util.List;

/**
 * A page of a conversation's messages in seq order; {@code hasMore} says whether more lie beyond
 * it in the direction asked for (older ones for {@code before}, newer ones for {@code after}).
 */
public record TeamMessagePage(List<TeamMessage> messages, boolean hasMore) {

    public TeamMessagePage {
        messages = List.copyOf(messages);
    }
}
