package dev.switchboard.shared.chat;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A prepared answer. Personal ({@code ownerId}) or shared with a group ({@code groupId}); typing
 * {@code /shortcut} in a chat completes it. The body may hold placeholders the workstation fills
 * in: {@code {visitor.name}} (from the pre-chat form) and {@code {agent.name}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CannedReply(long id, Long ownerId, Long groupId, String shortcut, String title, String body, long version) {

    public static final String ENTITY = "canned_reply";
}
