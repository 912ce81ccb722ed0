package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.assertj.core.api.Assertions;

/** What the widget chat tests share: the visitor's moves in the page, and Alice's workstation as an agent socket. */
abstract class WidgetChatSupport extends WidgetTestSupport {

    static final String QUESTION = "你好，A7 适合 80 平米吗？";

    // ---------------------------------------------------------------- the visitor

    static long refusals(VisitorNetwork network) {
        return network.log().stream().filter("refused"::equals).count();
    }

    void startChat(String name) {
        launcher().click();
        sb("field-name").fill(name);
        sb("field-question").selectOption("售前咨询 Pre-sales");
        page.locator(".go").click();
    }

    void type(String text) {
        sb("input").fill(text);
        sb("send").click();
        assertThat(sb("input")).hasValue("");
    }

    /** With {@code -Dwidget.screenshots=DIR}: a picture of the page for a person to look at. */
    void snap(String name) {
        String dir = System.getProperty("widget.screenshots");
        if (dir != null && !dir.isBlank()) {
            page.evaluate("() => Promise.all(document.querySelector('switchboard-widget').shadowRoot.getAnimations().map(a => a.finished))");
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get(dir, name + ".png")));
        }
    }

    /** Every body of the conversation as the backend stored it, in order. */
    List<String> history(long conversationId) {
        ApiResponse response = api.get("/api/v1/conversations/" + conversationId + "/messages", alice);
        Assertions.assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().path("messages").spliterator(), false).map(m -> m.path("body").asText()).toList();
    }

    // ---------------------------------------------------------------- Alice's workstation

    Desk desk() {
        return new Desk(SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice));
    }

    /** Alice's agent socket, and every visitor message it has received, in order. */
    final class Desk implements AutoCloseable {

        final SocketClient socket;
        final List<String> heard = new ArrayList<>();
        long conversation;

        Desk(SocketClient socket) {
            this.socket = socket;
            socket.await(MessageTypes.WELCOME);
        }

        JsonNode assigned() {
            JsonNode assigned = await(e -> e.type().equals(ChatMessages.ASSIGNED), "chat.assigned").payload();
            conversation = assigned.path("id").asLong();
            return assigned;
        }

        /** Waits until the visitor's {@code text} has arrived. */
        void hear(String text) {
            await(e -> e.type().equals(ChatMessages.MESSAGE) && e.payload().path("senderType").asText().equals("VISITOR")
                    && e.payload().path("body").asText().equals(text), "the visitor's " + text);
        }

        /** Alice writes to the chat; answers once the backend has stored it. */
        void say(String text) {
            say(text, false);
        }

        /** With {@code note}: an internal note, for agents only. */
        void say(String text, boolean note) {
            String clientId = "alice-" + UUID.randomUUID();
            socket.send(ChatMessages.MESSAGE, Map.of("conversationId", conversation, "clientId", clientId, "text", text, "note", note));
            await(e -> e.type().equals(ChatMessages.ACK) && e.payload().path("clientId").asText().equals(clientId), "ack of " + text);
        }

        private Envelope await(java.util.function.Predicate<Envelope> wanted, String what) {
            return socket.await(e -> {
                if (e.type().equals(ChatMessages.MESSAGE) && e.payload().path("senderType").asText().equals("VISITOR")) {
                    heard.add(e.payload().path("body").asText());
                }
                return wanted.test(e);
            }, what);
        }

        @Override
        public void close() {
            socket.close();
        }
    }
}

