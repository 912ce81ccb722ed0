package dev.switchboard.server.internalchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.Backend;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.teamchat.NewDirectConversation;
import dev.switchboard.shared.teamchat.NewTeamGroup;
import dev.switchboard.shared.teamchat.TeamGroupMembers;
import dev.switchboard.shared.teamchat.TeamGroupTitle;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;

/** What the internal chat's tests do again and again: workstations of the demo team, and their conversations. */
final class TeamChatSupport {

    private final Backend backend;

    TeamChatSupport(Backend backend) {
        this.backend = backend;
    }

    long idOf(String login) {
        for (JsonNode agent : backend.api().get("/api/v1/agents", backend.token("admin")).json()) {
            if (agent.path("login").asText().equals(login)) {
                return agent.path("id").asLong();
            }
        }
        throw new AssertionError("no agent " + login);
    }

    /** A workstation of {@code token}'s agent, past its welcome and its list of conversations. */
    SocketClient connect(String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(MessageTypes.WELCOME);
        socket.await(TeamChatMessages.CONVERSATIONS);
        return socket;
    }

    /** The one-to-one conversation of the token's agent with {@code login}, made if need be. */
    TeamConversation direct(String token, String login) {
        var answer = backend.api().post("/api/v1/team/conversations", token, new NewDirectConversation(idOf(login)));
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer.as(TeamConversation.class);
    }

    /** The conversation of the group named {@code name}, as the token's agent lists it. */
    TeamConversation group(String token, String name) {
        for (TeamConversation conversation : backend.api().get("/api/v1/team/conversations", token).as(TeamConversation[].class)) {
            if (name.equals(conversation.title())) {
                return conversation;
            }
        }
        throw new AssertionError("no conversation of group " + name);
    }

    /** An ad-hoc group the token's agent makes with the colleagues of these logins. */
    TeamConversation adHoc(String token, String title, String... logins) {
        var answer = backend.api().post("/api/v1/team/groups", token, new NewTeamGroup(title, java.util.Arrays.stream(logins).map(this::idOf).toList()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.as(TeamConversation.class);
    }

    ApiResponse rename(String token, long conversationId, String title) {
        return backend.api().send("PUT", "/api/v1/team/conversations/" + conversationId + "/title", token,
                Json.mapper().valueToTree(new TeamGroupTitle(title)).toString(), ApiClient.JSON);
    }

    ApiResponse add(String token, long conversationId, String... logins) {
        return backend.api().post("/api/v1/team/conversations/" + conversationId + "/members", token,
                new TeamGroupMembers(java.util.Arrays.stream(logins).map(this::idOf).toList()));
    }

    /** Takes {@code login} out of the group, or leaves it when it is the token's own agent. */
    ApiResponse remove(String token, long conversationId, String login) {
        return backend.api().send("DELETE", "/api/v1/team/conversations/" + conversationId + "/members/" + idOf(login), token, null, null);
    }

    /** Sends a message over the socket and waits for its {@code team.ack}; answers the seq. */
    static long say(SocketClient socket, long conversationId, String clientId, String text) {
        socket.send(TeamChatMessages.MESSAGE, new TeamChatMessages.Post(conversationId, clientId, text, null));
        return ackOf(socket, clientId).payload().path("seq").asLong();
    }

    static Envelope ackOf(SocketClient socket, String clientId) {
        return socket.await(e -> TeamChatMessages.ACK.equals(e.type()) && clientId.equals(e.payload().path("clientId").asText()),
                "the team.ack of " + clientId);
    }

    static Envelope messageOf(SocketClient socket, String clientId) {
        return socket.await(e -> TeamChatMessages.MESSAGE.equals(e.type()) && clientId.equals(e.payload().path("clientId").asText()),
                "the team.message " + clientId);
    }

    /** The status of the {@code error} answering the message {@code id}, or 200 for its {@code ack}. */
    static int answerTo(SocketClient socket, String id) {
        Envelope answer = socket.await(e -> (MessageTypes.ACK.equals(e.type()) || MessageTypes.ERROR.equals(e.type()))
                && id.equals(e.payload().path("ref").asText()), "the answer to " + id);
        return MessageTypes.ACK.equals(answer.type()) ? 200 : answer.payload().path("problem").path("status").asInt();
    }
}
