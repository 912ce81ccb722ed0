package dev.switchboard.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.Delivery;
import dev.switchboard.app.testing.LiveAgent;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.server.testing.Chromium;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.SenderType;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product in one conversation: the real widget in headless Chromium on the demo shop,
 * the real backend, and an agent signed in through the workstation's own client code (login,
 * cache, socket, chat service). Text and an image go both ways; what looks like HTML stays text.
 */
class WidgetToWorkstationChatTest {

    @TempDir
    Path serverData;
    @TempDir
    Path home;
    @TempDir
    Path files;
    private SwitchboardServer server;
    private Chromium chromium;
    private BrowserContext browser;
    private LiveAgent alice;

    @BeforeEach
    void start() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        alice = LiveAgent.signIn(server.baseUrl(), "alice", "switchboard", home);
        chromium = Chromium.launch();
        browser = chromium.newContext();
    }

    @AfterEach
    void stop() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (alice != null) {
                alice.close();
            }
            server.close();
        }
    }

    @Test
    void aVisitorInTheBrowserAndAnAgentAtTheWorkstationExchangeTextAndImagesBothWays() throws IOException {
        Page page = browser.newPage();
        page.navigate(server.baseUrl() + "/demo/");
        sb(page, "launcher").click();
        sb(page, "field-name").fill("王女士");
        sb(page, "field-question").selectOption("售前咨询 Pre-sales");
        page.locator("[data-sb=prechat] .go").click();

        long id = awaitFirstChat();
        sb(page, "input").fill("A7 适合 80 平米吗？");
        sb(page, "send").click();
        Chat chat = alice.awaitChat(id, c -> has(c, "A7 适合 80 平米吗？"));
        assertThat(chat.visitorName()).isEqualTo("王女士");

        alice.chats().send(id, "适合的，<b>A7</b> 覆盖 60–90 ㎡", false).join();
        Locator log = page.locator("ol[role=log]");
        assertThat(log).containsText("适合的，<b>A7</b> 覆盖 60–90 ㎡");
        assertThat(log.locator("b")).hasCount(0);

        byte[] photo = png(320, 200, new Color(0x2e, 0x7d, 0x32));
        alice.chats().sendFile(id, "a7-white.png", photo, "白色款").join();
        Locator thumbnail = log.locator("[data-sb=thumbnail]");
        assertThat(thumbnail).hasCount(1);
        page.waitForCondition(() -> ((Number) thumbnail.evaluate("img => img.complete ? img.naturalWidth : 0")).intValue() > 0);
        assertThat(log).containsText("白色款");

        byte[] room = png(640, 480, new Color(0x15, 0x65, 0xc0));
        Path roomFile = files.resolve("my-room.png");
        Files.write(roomFile, room);
        sb(page, "file").setInputFiles(roomFile);
        sb(page, "input").fill("我的房间");
        sb(page, "send").click();
        Chat withPhoto = alice.awaitChat(id, c -> fileFromVisitor(c).isPresent());
        ChatMessage sent = fileFromVisitor(withPhoto).orElseThrow();
        assertThat(sent.body()).isEqualTo("我的房间");
        assertThat(sent.attachment().mediaType()).isEqualTo("image/png");
        assertThat(alice.chats().rest().download(sent.attachment().id(), false).join()).as("the same bytes reach the agent").isEqualTo(room);
        assertThat(alice.chats().rest().download(sent.attachment().id(), true).join()).as("a thumbnail for the chat tab").isNotEmpty();

        ChatMessage answer = withPhoto.messages().stream().filter(m -> "适合的，<b>A7</b> 覆盖 60–90 ㎡".equals(m.body())).findFirst().orElseThrow();
        alice.awaitChat(id, c -> c.delivery(answer) == Delivery.READ);
    }

    private long awaitFirstChat() {
        WorkstationDriver.waitUntil("a chat for alice", () -> !alice.chats().snapshot().chats().isEmpty());
        return alice.chats().snapshot().chats().get(0).id();
    }

    private static boolean has(Chat chat, String body) {
        return chat.messages().stream().anyMatch(m -> body.equals(m.body()) && m.senderType() == SenderType.VISITOR);
    }

    private static Optional<ChatMessage> fileFromVisitor(Chat chat) {
        return chat.messages().stream().filter(m -> m.senderType() == SenderType.VISITOR && m.attachment() != null).findFirst();
    }

    private static Locator sb(Page page, String hook) {
        return page.locator("[data-sb=\"" + hook + "\"]");
    }

    private static byte[] png(int width, int height, Color color) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
