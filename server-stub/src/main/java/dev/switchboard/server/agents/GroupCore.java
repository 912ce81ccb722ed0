package dev.switchboard.server.agents;

import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.shared.groups.GroupMember;
import java.util.List;

/**
 * The part of a group's setup the agents feature keeps: the group's row (what it is, how it takes
 * chats) and its members with their skills. The rest of the setup lives with the features that use
 * it (business hours, wrap-up, automatic messages).
 */
public record GroupCore(Group group, RoutingStrategy strategy, int acceptTimeoutSeconds, int maxWaitSeconds, List<GroupMember> members) {
}
