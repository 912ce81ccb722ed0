package dev.switchboard.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.chat.ui.ChatTexts;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.testing.LiveAgent;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.MessageKind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat service of a live session against a real backend, with a visitor speaking the widget protocol. */
class ChatLiveTest {

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    @TempDir
    Path home;
    private LiveAgent live;

    @BeforeAll
    static void startBackend() {
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
    }

    @AfterAll
    static void stopBackend() {
        server.close();
    }

    @AfterEach
    void stop() {
        live.close();
    }

    @Test
    void theVisitorsMessagesArriveTheAgentsAnswerReachesTheVisitorAndTheReadReceiptComesBack() throws Exception {
        live = LiveAgent.signIn(server.baseUrl(), "alice", "switchboard", home);
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers")) {
            long id = visitor.startChat(Map.of("name", "Li Lei", "question", TestVisitor.DEMO_QUESTION));
            long question = visitor.say("Is the X2 purifier in stock?");

            Chat chat = live.awaitChat(id, c -> c.messages().stream().anyMatch(m -> m.body().equals("Is the X2 purifier in stock?")));
            assertThat(chat.visitorName()).isEqualTo("Li Lei");
            assertThat(chat.phase()).isEqualTo(ChatPhase.OPEN);
            assertThat(chat.unread()).isEqualTo(1);
            // the workstation holds the question and says so, by itself: the visitor's widget shows it delivered
            assertThat(visitor.await(ChatMessages.DELIVERED, p -> p.path("seq").asLong() >= question).payload().path("receiver").asText())
                    .isEqualTo("Alice 王丽");

            live.chats().send(id, "Yes, <b>two</b> left & ready to ship", false).join();
            long seq = visitor.awaitChatMessage("Yes, <b>two</b> left & ready to ship").path("seq").asLong();
            Chat sent = live.awaitChat(id, c -> c.outbox().isEmpty() && c.lastSeq() >= seq);
            ChatMessage answer = sent.messages().stream().filter(m -> m.seq() == seq).findFirst().orElseThrow();
            assertThat(sent.mine(answer)).isTrue();
            assertThat(sent.delivery(answer)).isEqualTo(Delivery.SENT);

            visitor.delivered(seq);
            live.awaitChat(id, c -> c.delivery(answer) == Delivery.DELIVERED);
            visitor.read(seq);
            live.awaitChat(id, c -> c.delivery(answer) == Delivery.READ);

            live.chats().send(id, "Checking the warehouse for you", true).join();
            Chat noted = live.awaitChat(id, c -> c.messages().stream().anyMatch(m -> m.kind() == MessageKind.NOTE));
            assertThat(noted.messages().stream().filter(m -> m.kind() == MessageKind.NOTE).findFirst().orElseThrow().body())
                    .isEqualTo("Checking the warehouse for you");

            live.chats().end(id).join();
            assertThat(live.awaitChat(id, c -> c.phase() == ChatPhase.ENDED).writable()).isFalse();
        }
    }

    @Test
    void filesAreUploadedAndSentAndARefusedTypeIsSaidPlainly() throws Exception {
        live = LiveAgent.signIn(server.baseUrl(), "alice", "switchboard", home);
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/repairs", "Repairs")) {
            long id = visitor.startChat(Map.of("name", "Wang Fang", "question", TestVisitor.DEMO_QUESTION));
            live.awaitChat(id, chat -> chat.phase() == ChatPhase.OPEN);

            live.chats().sendFile(id, "label.png", png(), "Your return label").join();
            var sent = visitor.await("chat.message", message -> message.path("attachment").path("fileName").asText().equals("label.png"))
                    .payload();
            assertThat(sent.path("body").asText()).isEqualTo("Your return label");
            assertThat(sent.path("attachment").path("thumbnail").asBoolean()).isTrue();
            String attachmentId = sent.path("attachment").path("id").asText();
            assertThat(live.chats().rest().download(attachmentId, true).join()).as("the thumbnail is served to the agent").isNotEmpty();

            byte[] renamedProgram = new byte[256];
            renamedProgram[0] = 'M';
            renamedProgram[1] = 'Z';
            Throwable refused = catchFailure(() -> live.chats().sendFile(id, "invoice.pdf", renamedProgram, "").join());
            ChatTexts texts = new ChatTexts(new I18n(Locale.ENGLISH), ZoneOffset.UTC);
            assertThat(texts.uploadFailure(refused)).startsWith("This kind of file cannot be sent: ");
            assertThat(live.chats().snapshot().chat(id).orElseThrow().outbox()).as("nothing was queued for it").isEmpty();
        }
    }

    private static Throwable catchFailure(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }




}
