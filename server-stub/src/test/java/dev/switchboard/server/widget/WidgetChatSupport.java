package dev.switchboard.server.widget;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
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

    /** From here on the visitor is on a phone: a narrow touch screen (the stage's desktop context is closed). */
    void usePhone() {
        context.close();
        context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true).setLocale("zh-CN"));
        page = watch(context.newPage());
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
        return new Desk(SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice), alice);
    }

    /** Another agent's workstation, e.g. {@code bob}. */
    Desk desk(String login) {
        String token = api.token(login, TestBackend.PASSWORD);
        return new Desk(SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token), token);
    }

    /** A PNG of the given size, as a phone's screenshot would be. */
    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(37, 99, 235));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An agent's socket (Alice's unless named), and every visitor message it has received, in order. */
    final class Desk implements AutoCloseable {

        final SocketClient socket;
        final String token;
        /** The visitor's messages this desk holds, each once, in their chat's order (as the workstation shows them). */
        final List<String> heard = new ArrayList<>();
        /** Conversation and seq of each of {@link #heard}. */
        private final List<long[]> heardAt = new ArrayList<>();
        /** Visitor messages the desk fetched when it got their chat, which no {@link #hear} has waited for yet. */
        private final List<String> fetched = new ArrayList<>();
        long conversation;

        Desk(SocketClient socket, String token) {
            this.socket = socket;
            this.token = token;
            socket.await(MessageTypes.WELCOME);
        }

        JsonNode assigned() {
            return assignedOtherThan(0);
        }

        /**
         * The next chat given to this agent that is not {@code id}: a chat assigned while the socket
         * connects is announced twice (pushed, and again as an open chat of the new connection).
         */
        JsonNode assignedOtherThan(long id) {
            JsonNode assigned = await(e -> e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() != id,
                    "chat.assigned").payload();
            conversation = assigned.path("id").asLong();
            fetchWhatCameBefore(conversation);
            return assigned;
        }

        /**
         * What the workstation does on {@code chat.assigned} (it resumes the chat): a visitor message
         * stored before the assignment was committed reached no agent (the widget writes as soon as its
         * chat has started, while the chat may still be routed), so the desk fetches the chat's messages.
         */
        private void fetchWhatCameBefore(long conversationId) {
            ApiResponse page = api.get("/api/v1/conversations/" + conversationId + "/messages?after=0&limit=500", token);
            Assertions.assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().path("messages").forEach(message -> {
                if (take(message)) {
                    fetched.add(message.path("body").asText());
                }
            });
        }

        /** Takes in a visitor's message unless the desk holds it already; true when it is new. */
        private boolean take(JsonNode message) {
            if (!message.path("senderType").asText().equals("VISITOR")) {
                return false;
            }
            long conversationId = message.path("conversationId").asLong();
            long seq = message.path("seq").asLong();
            if (heardAt.stream().anyMatch(at -> at[0] == conversationId && at[1] == seq)) {
                return false;
            }
            int index = heardAt.size();
            while (index > 0 && heardAt.get(index - 1)[0] == conversationId && heardAt.get(index - 1)[1] > seq) {
                index--;
            }
            heard.add(index, message.path("body").asText());
            heardAt.add(index, new long[] {conversationId, seq});
            return true;
        }

        /** Waits until the visitor's {@code text} has arrived. */
        void hear(String text) {
            if (fetched.remove(text)) {
                return;
            }
            await(e -> e.type().equals(ChatMessages.MESSAGE) && e.payload().path("senderType").asText().equals("VISITOR")
                    && e.payload().path("body").asText().equals(text), "the visitor's " + text);
        }

        /** Alice writes to the chat; answers the message's seq once the backend has stored it. */
        long say(String text) {
            return say(text, false);
        }

        /** With {@code note}: an internal note, for agents only. */
        long say(String text, boolean note) {
            String clientId = "alice-" + UUID.randomUUID();
            socket.send(ChatMessages.MESSAGE, Map.of("conversationId", conversation, "clientId", clientId, "text", text, "note", note));
            return await(e -> e.type().equals(ChatMessages.ACK) && e.payload().path("clientId").asText().equals(clientId), "ack of " + text)
                    .payload().path("seq").asLong();
        }

        /** Ends the chat, as the workstation's end button does. */
        void end() {
            socket.send(ChatMessages.END, Map.of("conversationId", conversation));
            await(e -> e.type().equals(ChatMessages.ENDED), "chat.ended");
        }

        /** The workstation holds the chat's messages up to {@code seq}, as the app's chat service reports it. */
        void delivered(long seq) {
            socket.send(ChatMessages.DELIVERED, new ChatMessages.Delivered(conversation, seq, null));
        }

        void typing(boolean typing) {
            socket.send(ChatMessages.TYPING, Map.of("conversationId", conversation, "typing", typing));
        }

        /** Waits for the next frame of {@code type} about this chat that satisfies {@code test}. */
        JsonNode next(String type, java.util.function.Predicate<JsonNode> test) {
            return await(e -> e.type().equals(type) && e.payload().path("conversationId").asLong() == conversation && test.test(e.payload()),
                    type).payload();
        }

        /** Uploads a file as the workstation does and sends it with a caption; answers the stored message's seq. */
        long sendFile(String name, byte[] content, String caption) {
            String url = backend.api().baseUrl() + "/api/v1/conversations/" + conversation + "/attachments?name=" + name;
            Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + token)
                    .post(RequestBody.create(content, MediaType.get("application/octet-stream"))).build();
            String attachmentId;
            try (Response response = ApiClient.http().newCall(request).execute()) {
                Assertions.assertThat(response.code()).isEqualTo(201);
                attachmentId = json(response.body().string()).path("id").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String clientId = "file-" + UUID.randomUUID();
            socket.send(ChatMessages.MESSAGE, new ChatMessages.Post(conversation, clientId, caption, false, attachmentId));
            return await(e -> e.type().equals(ChatMessages.ACK) && e.payload().path("clientId").asText().equals(clientId), "ack of " + name)
                    .payload().path("seq").asLong();
        }

        private Envelope await(java.util.function.Predicate<Envelope> wanted, String what) {
            return socket.await(e -> {
                if (e.type().equals(ChatMessages.MESSAGE)) {
                    take(e.payload());
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

