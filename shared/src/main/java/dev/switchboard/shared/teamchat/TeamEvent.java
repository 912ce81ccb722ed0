package dev.switchboard.shared.teamchat;

import java.util.List;

/**
 * A change of an ad-hoc group, as a message of its conversation: made by the message's sender,
 * worded by each reader's workstation in its own language.
 *
 * @param agentIds who was added ({@link TeamEventType#CREATED}, {@link TeamEventType#ADDED}) or removed
 *                 ({@link TeamEventType#REMOVED}); empty otherwise
 * @param title    the group's name, for {@link TeamEventType#CREATED} and {@link TeamEventType#RENAMED}; else null
 */
public record TeamEvent(TeamEventType type, List<Long> agentIds, String title) {

    public TeamEvent {
        agentIds = agentIds == null ? List.of() : List.copyOf(agentIds);
    }
}
