package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo's routing rules send the pre-chat form's questions where the demo groups are for. */
class DemoRoutingRulesTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();

    @Test
    void aVisitorAskingAboutARepairIsServedByAfterSalesAndAPresalesQuestionByPresales() {
        try (SocketClient alice = online("alice"); SocketClient bob = online("bob");
             VisitorClient repair = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Shop", null)) {
            repair.send(ChatMessages.START, new ChatMessages.Start(Map.of("name", "王先生", "question", "售后维修 Repairs")));

            JsonNode assigned = bob.await(ChatMessages.ASSIGNED).payload();
            assertThat(assigned.path("groupId").asLong()).as("after-sales").isEqualTo(2);
            assertThat(assigned.path("routing").path("ruleName").asText()).isEqualTo("售后维修 → 售后 After-sales");

            try (VisitorClient buyer = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Shop", null)) {
                buyer.send(ChatMessages.START, new ChatMessages.Start(VisitorClient.DEMO_ANSWERS));
                assertThat(alice.await(ChatMessages.ASSIGNED).payload().path("groupId").asLong()).as("pre-sales").isEqualTo(1);
            }
        }
    }

    private SocketClient online(String login) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), backend.token(login));
        socket.await(MessageTypes.WELCOME);
        return socket;
    }
}
