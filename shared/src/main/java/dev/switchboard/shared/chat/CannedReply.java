package dev.switchboard.shared.chat;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A prepared answer. Personal ({@code ownerId}) or shared with a group ({@code groupId}); typing
 * {@code /shortcut} in a chat completes it, and so does typing part of its title or text. The body
 * may hold placeholders the workstation fills in: {@code {visitor.name}} (from the pre-chat form)
 * and {@code {agent.name}}.
 *
 * @param category a label that groups replies in the manager (null: none)
 * @param position the reply's place among the replies of its scope (the owner's, or the group's)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CannedReply(long id, Long ownerId, Long groupId, String shortcut, String title, String body, String category,
                          int position, long version) {

    public static final String ENTITY = "canned_reply";

    /** Whether the reply is shared with a group rather than its owner's own. */
    public boolean shared() {
        return groupId != null;
    }
}
