package dev.switchboard.app.chat;

import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.chat.ui.ChatTexts;
import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.Backoff;
import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.net.TyrusSocketTransport;
import dev.switchboard.app.platform.BackgroundExecutors;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.session.SessionStore;
import dev.switchboard.app.team.TeamStore;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.auth.LoginResponse;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.problem.Problem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
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
    private final ApiClient api = new ApiClient();
    private final BackgroundExecutors background = new BackgroundExecutors("chat-live-test");
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private CacheDatabase cache;
    private LiveSession live;

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
        fx.shutdown();
        cache.close();
        background.close();
        api.close();
    }

    @Test
    void theVisitorsMessagesArriveTheAgentsAnswerReachesTheVisitorAndTheReadReceiptComesBack() throws Exception {
        live = signIn("alice");
        waitUntil("the agent connected", this::connected);
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/purifiers", "Purifiers")) {
            long id = visitor.startChat(Map.of("name", "Li Lei"));
            visitor.say("Is the X2 purifier in stock?");

            Chat chat = awaitChat(id, c -> c.messages().stream().anyMatch(m -> m.body().equals("Is the X2 purifier in stock?")));
            assertThat(chat.visitorName()).isEqualTo("Li Lei");
            assertThat(chat.phase()).isEqualTo(ChatPhase.OPEN);
            assertThat(chat.unread()).isEqualTo(1);

            live.chats().send(id, "Yes, <b>two</b> left & ready to ship", false).join();
            long seq = visitor.awaitChatMessage("Yes, <b>two</b> left & ready to ship").path("seq").asLong();
            Chat sent = awaitChat(id, c -> c.outbox().isEmpty() && c.lastSeq() >= seq);
            ChatMessage answer = sent.messages().stream().filter(m -> m.seq() == seq).findFirst().orElseThrow();
            assertThat(sent.mine(answer)).isTrue();
            assertThat(sent.delivery(answer)).isEqualTo(Delivery.SENT);

            visitor.read(seq);
            awaitChat(id, c -> c.delivery(answer) == Delivery.READ);

            live.chats().send(id, "Checking the warehouse for you", true).join();
            Chat noted = awaitChat(id, c -> c.messages().stream().anyMatch(m -> m.kind() == MessageKind.NOTE));
            assertThat(noted.messages().stream().filter(m -> m.kind() == MessageKind.NOTE).findFirst().orElseThrow().body())
                    .isEqualTo("Checking the warehouse for you");

            live.chats().end(id).join();
            assertThat(awaitChat(id, c -> c.phase() == ChatPhase.ENDED).writable()).isFalse();
        }
    }

    @Test
    void filesAreUploadedAndSentAndARefusedTypeIsSaidPlainly() throws Exception {
        live = signIn("alice");
        waitUntil("the agent connected", this::connected);
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/repairs", "Repairs")) {
            long id = visitor.startChat(Map.of("name", "Wang Fang"));
            awaitChat(id, chat -> chat.phase() == ChatPhase.OPEN);

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

    private LiveSession signIn(String login) {
        ServerUrl url = ServerUrl.parse(server.baseUrl());
        LoginResponse answer = api.login(url, new LoginRequest(login, "switchboard"));
        Session session = new Session(url, login, answer.token(), answer.agent());
        cache = CacheDatabase.open(home, Clock.systemUTC());
        LiveSession.Services services = new LiveSession.Services(new TeamStore(cache), new SessionStore(cache, Clock.systemUTC()),
                new ChatStore(cache), new CannedReplies(cache), api, new TyrusSocketTransport(), background.io(),
                background.newSerialExecutor("sync"), background.newSerialExecutor("chat"), background.scheduler(), Backoff.standard(),
                Clock.systemUTC());
        LiveSession started = new LiveSession(session, services, fx, new LiveSession.Events() {
            @Override
            public void sessionEnded(Optional<Problem> reason) {
            }

            @Override
            public void incompatibleServer(int serverProtocol, String serverVersion) {
            }

            @Override
            public void connectionChanged(ConnectionState from, ConnectionState to) {
            }
        });
        started.start();
        return started;
    }

    private boolean connected() throws Exception {
        return fx.submit(() -> live.connectionStateProperty().get() == ConnectionState.CONNECTED).get();
    }

    private Chat awaitChat(long id, Predicate<Chat> condition) {
        waitUntil("chat " + id + " in the expected state", () -> live.chats().snapshot().chat(id).filter(condition).isPresent());
        return live.chats().snapshot().chat(id).orElseThrow();
    }
}
