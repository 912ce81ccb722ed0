package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ServedChats;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The visitor's rating and comment reach the chat's agent at once (they used to be stored and shown to nobody). */
class RatingSeenByAgentsTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();

    @Test
    void theAgentIsToldTheRatingAndCommentWhenTheVisitorRates() {
        try (SocketClient agent = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), backend.token("alice"));
             ServedChats chats = new ServedChats(backend)) {
            agent.await(MessageTypes.WELCOME);
            ServedChats.Served chat = chats.start(agent, "Emma", "售前咨询 Pre-sales", "谢谢");
            ServedChats.end(agent, chat.id());
            chat.visitor().send(ChatMessages.RATE, new ChatMessages.Rate(chat.id(), 4, "  回复很快 "));
            JsonNode rated = agent.await(ChatMessages.RATED).payload();
            assertThat(rated.path("conversationId").asLong()).isEqualTo(chat.id());
            assertThat(rated.path("rating").asInt()).isEqualTo(4);
            assertThat(rated.path("comment").asText()).isEqualTo("回复很快");
        }
    }
}
