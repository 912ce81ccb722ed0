package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;

import dev.switchboard.app.testing.ChatUiFixture;
import dev.switchboard.app.testing.TestVisitor;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The visitor beside a chat, against a real backend: where they are now and where they browse from. */
class ChatSidePanelUiTest {

    @RegisterExtension
    static final ChatUiFixture ui = ChatUiFixture.backendPerClass();
    private final FxRobot robot = ui.robot();

    @Test
    void onPageFollowsTheVisitorFromPageToPageAndTheAddressShows(@TempDir Path home) throws Exception {
        Stage main = ui.signIn(home, "alice", "Alice 王丽");
        ui.onChatsPageOnline(main);

        try (TestVisitor visitor = ui.visitor("https://shop.example.cn/purifiers", "Purifiers 净化器")) {
            long id = ui.startChat(visitor, "Li Lei");
            Node tab = ui.showTab(main, id);
            waitUntil("the first page beside the chat", () -> "Purifiers 净化器".equals(fact(tab, "On page")));
            waitUntil("the address beside the chat", () -> "127.0.0.1".equals(fact(tab, "IP address")));

            visitor.goTo("https://shop.example.cn/cart", "购物车 Cart");
            waitUntil("the page the visitor moved to", () -> "购物车 Cart".equals(fact(tab, "On page")));
            visitor.goTo("https://shop.example.cn/checkout", "结算 Checkout");
            waitUntil("and the next one", () -> "结算 Checkout".equals(fact(tab, "On page")));
        }
    }

    /** The value next to a caption in the side panel's facts, or null. */
    private String fact(Node tab, String caption) {
        return onFx(() -> {
            Node side = ui.find(tab, "#chatSide");
            for (Node grid : robot.from(side).lookup((Node node) -> node instanceof GridPane).queryAll()) {
                List<Node> cells = ((GridPane) grid).getChildren();
                for (int i = 0; i + 1 < cells.size(); i += 2) {
                    if (cells.get(i) instanceof Label name && caption.equals(name.getText()) && cells.get(i + 1) instanceof Label value) {
                        return value.getText();
                    }
                }
            }
            return null;
        });
    }
}
