package dev.switchboard.shared.groups;

import dev.switchboard.shared.automation.AutoMessageSettings;
import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.shared.hours.BusinessHours;
import dev.switchboard.shared.wrapup.WrapUpSetting;
import java.util.List;

/**
 * Everything an administrator sets up for a group, read and saved as one document
 * ({@code /api/v1/groups/{id}/setup}): what the group is, how it takes chats, who is in it, when it
 * works, how its chats end and what is said in them by itself. Saved whole, against the
 * {@code version} it was read at (409 when the group changed meanwhile).
 *
 * @param members       every member with their skill in this group
 * @param businessHours null: always open
 * @param autoMessages  the group's own settings over its site's (null fields inherited)
 */
public record GroupSetup(long id, String name, String description, long version, RoutingStrategy strategy,
                         Integer acceptTimeoutSeconds, Integer maxWaitSeconds, List<GroupMember> members,
                         BusinessHours businessHours, WrapUpSetting wrapUp, AutoMessageSettings autoMessages) {

    public GroupSetup {
        members = members == null ? null : List.copyOf(members);
    }
}
