package dev.switchboard.shared.teamchat;

import java.util.List;

/** The internal chat's message types on the agent socket ({@code /ws/agent}) and their payloads. */
public final class TeamChatMessages {

    /** Server to agent: every conversation the agent is in; after the welcome and after their groups changed. {@link Conversations}. */
    public static final String CONVERSATIONS = "team.conversations";
    /**
     * Server to agent: a conversation the agent was just added to (a colleague started a one-to-one, made a group with
     * them or added them to one), or one of theirs whose name, members or owner changed; a {@link TeamConversation}.
     */
    public static final String CONVERSATION = "team.conversation";
    /**
     * Either way: a member is typing in a conversation ({@code typing} true, repeated every few seconds while they type)
     * or stopped; {@link Typing}. To the server without {@code agentId}; from the server to the other members, with it.
     */
    public static final String TYPING = "team.typing";
    /** Server to agent: the agent is no longer in an ad-hoc group (they left, or were removed); {@link Left}. */
    public static final String LEFT = "team.left";
    /** To the server a {@link Post}; from the server a {@link TeamMessage}. */
    public static final String MESSAGE = "team.message";
    /** Server to the sender: the message is stored under {@code seq}; {@link Ack}. */
    public static final String ACK = "team.ack";
    /** To the server: send every message after {@code after}; {@link Resume}. */
    public static final String RESUME = "team.resume";
    /** Either way: the agent has read everything up to {@code seq}; {@link Read}. From the server only to the reader's own workstations. */
    public static final String READ = "team.read";

    private TeamChatMessages() {
    }

    /** {@code team.conversations}. */
    public record Conversations(List<TeamConversation> conversations) {

        public Conversations {
            conversations = List.copyOf(conversations);
        }
    }

    /** {@code team.message} to the server; {@code sharedChatId} shares a visitor chat, with {@code text} as the comment. */
    public record Post(long conversationId, String clientId, String text, Long sharedChatId) {
    }

    /** {@code team.ack}. */
    public record Ack(long conversationId, String clientId, long seq) {
    }

    /** {@code team.resume}. */
    public record Resume(long conversationId, long after) {
    }

    /** {@code team.typing}; {@code agentId} is who types, set by the server. */
    public record Typing(long conversationId, boolean typing, Long agentId) {
    }

    /** {@code team.left}. */
    public record Left(long conversationId) {
    }

    /** {@code team.read}. */
    public record Read(long conversationId, long seq) {
    }
}
