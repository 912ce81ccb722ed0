package dev.switchboard.server.internalchat;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.JsonBodies;
import dev.switchboard.server.realtime.AgentMessageHandler;
import dev.switchboard.server.realtime.AgentPeer;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import dev.switchboard.shared.teamchat.TeamMessage;
import dev.switchboard.shared.ws.Envelope;
import java.util.Set;

/**
 * The internal chat's part of the agent socket. A workstation that (re)connects gets the list of
 * its conversations with each one's last seq, and resumes those it is behind in; the list comes
 * again when the agent's groups change, since a group's conversation follows its members.
 */
final class InternalChatSocketHandler implements AgentMessageHandler {

    private final InternalChatService chats;

    InternalChatSocketHandler(InternalChatService chats) {
        this.chats = chats;
    }

    @Override
    public Set<String> types() {
        return Set.of(TeamChatMessages.MESSAGE, TeamChatMessages.RESUME, TeamChatMessages.READ, TeamChatMessages.TYPING);
    }

    @Override
    public void connected(AgentPeer peer) {
        sendConversations(peer);
    }

    @Override
    public void accountChanged(AgentPeer peer, Principal before) {
        sendConversations(peer);
    }

    private void sendConversations(AgentPeer peer) {
        peer.send(InternalChatDelivery.envelope(TeamChatMessages.CONVERSATIONS, null,
                new TeamChatMessages.Conversations(chats.conversations(peer.principal()))));
    }

    @Override
    public void handle(AgentPeer peer, Envelope message) {
        Principal caller = peer.principal();
        switch (message.type()) {
            case TeamChatMessages.MESSAGE -> {
                TeamChatMessages.Post post = payload(message, TeamChatMessages.Post.class);
                TeamMessage stored = chats.post(caller, post.conversationId(), post.clientId(), post.text(), post.sharedChatId());
                peer.send(InternalChatDelivery.envelope(TeamChatMessages.ACK, stored.seq(),
                        new TeamChatMessages.Ack(stored.conversationId(), stored.clientId(), stored.seq())));
            }
            case TeamChatMessages.RESUME -> {
                TeamChatMessages.Resume resume = payload(message, TeamChatMessages.Resume.class);
                chats.resume(caller, resume.conversationId(), resume.after(),
                        found -> peer.send(InternalChatDelivery.envelope(TeamChatMessages.MESSAGE, found.seq(), found)));
            }
            case TeamChatMessages.READ -> {
                TeamChatMessages.Read read = payload(message, TeamChatMessages.Read.class);
                chats.read(caller, read.conversationId(), read.seq());
            }
            case TeamChatMessages.TYPING -> {
                TeamChatMessages.Typing typing = payload(message, TeamChatMessages.Typing.class);
                chats.typing(caller, typing.conversationId(), typing.typing());
            }
            default -> throw new ApiException(ProblemType.VALIDATION, "unknown message type " + message.type());
        }
    }

    private static <T> T payload(Envelope message, Class<T> type) {
        if (message.payload() == null) {
            throw new ApiException(ProblemType.VALIDATION, message.type() + " needs a payload");
        }
        return JsonBodies.read(message.payload().toString(), type);
    }
}
