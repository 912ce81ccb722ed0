package dev.switchboard.shared.teamchat;

/**
 * A link to a visitor chat posted into a conversation between colleagues. Opening it is checked
 * as any read of that chat: its participants and supervisors may, others get 403.
 *
 * @param conversationId the visitor chat
 * @param visitorName    the visitor's name from the pre-chat form when it was shared, or null
 */
public record SharedChat(long conversationId, String visitorName) {
}
