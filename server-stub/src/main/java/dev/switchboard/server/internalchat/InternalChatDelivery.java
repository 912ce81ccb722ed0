package dev.switchboard.server.internalchat;

import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamMessage;
import dev.switchboard.shared.ws.Envelope;
import java.util.List;
import java.util.Set;

/**
 * Pushes what happened in conversations between colleagues to the members' open workstations.
 * Best effort, as for visitor chats: a workstation that missed a push finds the gap by seq, or
 * learns each conversation's last seq again on its next connect, and resumes.
 */
final class InternalChatDelivery {

    private final AgentSocket agents;

    InternalChatDelivery(AgentSocket agents) {
        this.agents = agents;
    }

    /** To every member's workstations, the sender's other ones included. */
    void message(Set<Long> members, TeamMessage message) {
        agents.sendToAgents(members, envelope(TeamChatMessages.MESSAGE, message.seq(), message));
    }

    /** A conversation the agent was added to, or one of theirs that changed, as the agent sees it. */
    void conversation(long agentId, TeamConversation conversation) {
        agents.sendToAgents(List.of(agentId), envelope(TeamChatMessages.CONVERSATION, null, conversation));
    }

    /** A member typing, to the conversation's other members. */
    void typing(Set<Long> others, TeamChatMessages.Typing typing) {
        if (!others.isEmpty()) {
            agents.sendToAgents(others, envelope(TeamChatMessages.TYPING, null, typing));
        }
    }

    /** The agent is out of an ad-hoc group: their workstations drop it. */
    void left(long agentId, long conversationId) {
        agents.sendToAgents(List.of(agentId), envelope(TeamChatMessages.LEFT, null, new TeamChatMessages.Left(conversationId)));
    }

    /** The reader's own workstations follow their read mark, so a badge cleared on one clears on all. */
    void read(long readerId, TeamChatMessages.Read read) {
        agents.sendToAgents(List.of(readerId), envelope(TeamChatMessages.READ, null, read));
    }

    static Envelope envelope(String type, Long seq, Object payload) {
        return Envelope.outgoing(type, null, seq, payload);
    }
}
