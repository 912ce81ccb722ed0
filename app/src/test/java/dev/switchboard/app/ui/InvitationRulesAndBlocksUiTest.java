package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.testing.AdminRest;
import dev.switchboard.app.testing.TestVisitor;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.visitors.Block;
import dev.switchboard.shared.visitors.InvitationRule;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An administrator writes an automatic invitation rule and blocks and unblocks a visitor in the
 * workstation against a real backend; what is typed wrong is refused next to its field and kept.
 */
class InvitationRulesAndBlocksUiTest {

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private static AdminRest rest;
    private final FxRobot robot = new FxRobot();
    private WorkstationDriver workstation;
    private Stage main;

    @BeforeAll
    static void startBackend() throws Exception {
        WorkstationDriver.initToolkit();
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        rest = AdminRest.signIn(server.baseUrl());
    }

    @AfterAll
    static void stopBackend() {
        server.close();
    }

    @AfterEach
    void closeWorkstation() {
        if (workstation != null) {
            workstation.close();
        }
    }

    @Test
    void anInvitationRuleIsRefusedWhereItIsWrongThenSaved(@TempDir Path home) throws Exception {
        open(home, "invitationRules", "#invitationRulesTable");
        TableView<InvitationRule> table = find(robot, main, "#invitationRulesTable");
        robot.clickOn((Node) find(robot, main, "#invitationRuleNew"));
        typeInto("#inviteName", "价格页 Pricing");
        typeInto("#inviteMinSeconds", "30");
        typeInto("#inviteMinPages", "两页");
        typeInto("#inviteUrlPattern", "*/pricing*");
        robot.clickOn((Node) find(robot, main, "#inviteSave"));

        Label pages = find(robot, main, "#minPagesViewedError");
        Label message = find(robot, main, "#messageError");
        waitUntil("the refusals under their fields", () -> onFx(pages::isVisible) && onFx(message::isVisible));
        assertThat(onFx(pages::getText)).isEqualTo("A whole number");
        assertThat(onFx(message::getText)).isEqualTo("1 to 500 characters");
        assertThat(text("#inviteMinPages")).as("kept as typed").isEqualTo("两页");
        assertThat(text("#inviteName")).isEqualTo("价格页 Pricing");
        assertThat(rest.call("GET", "/api/v1/invitation-rules", null)).as("nothing stored").isEmpty();

        TextField minPages = find(robot, main, "#inviteMinPages");
        onFx(() -> {
            minPages.clear();
            return null;
        });
        typeInto("#inviteMinPages", "2");
        typeInto("#inviteMessage", "在看价格吗？我们可以帮您挑选。");
        robot.clickOn((Node) find(robot, main, "#inviteSave"));

        waitUntil("the rule listed", () -> names(table).equals(List.of("价格页 Pricing")));
        JsonNode stored = rest.find("/api/v1/invitation-rules", "name", "价格页 Pricing");
        assertThat(stored.path("minSecondsOnPage").asInt()).isEqualTo(30);
        assertThat(stored.path("minPagesViewed").asInt()).isEqualTo(2);
        assertThat(stored.path("urlPattern").asText()).isEqualTo("*/pricing*");
        assertThat(stored.path("message").asText()).isEqualTo("在看价格吗？我们可以帮您挑选。");
        assertThat(stored.path("site").asText()).isEqualTo("default");
        waitUntil("the errors gone", () -> !onFx(pages::isVisible) && !onFx(message::isVisible));
    }

    @Test
    void anAdministratorBlocksAVisitorWithAReasonAndLiftsItAfterConfirming(@TempDir Path home) throws Exception {
        try (TestVisitor visitor = TestVisitor.arrive(server.baseUrl(), "https://shop.example.cn/", "Shop")) {
            open(home, "blocks", "#blocksTable");
            TableView<Block> table = find(robot, main, "#blocksTable");
            robot.clickOn((Node) find(robot, main, "#blockVisitorId")).write(visitor.id());
            robot.clickOn((Node) find(robot, main, "#blockSave"));
            Label reason = find(robot, main, "#reasonError");
            waitUntil("the reason asked for", () -> onFx(reason::isVisible));
            assertThat(text("#blockVisitorId")).isEqualTo(visitor.id());

            robot.clickOn((Node) find(robot, main, "#blockReason")).write("辱骂客服 abusive");
            ComboBox<Object> expiry = find(robot, main, "#blockExpiry");
            onFx(() -> {
                expiry.getSelectionModel().select(expiry.getItems().stream().filter(e -> e.toString().equals("WEEK")).findFirst().orElseThrow());
                return null;
            });
            robot.clickOn((Node) find(robot, main, "#blockSave"));
            waitUntil("the block listed", () -> onFx(() -> table.getItems().stream().map(Block::reason).toList()).equals(List.of("辱骂客服 abusive")));
            JsonNode stored = rest.find("/api/v1/blocks", "visitorId", visitor.id());
            assertThat(stored.path("reason").asText()).isEqualTo("辱骂客服 abusive");
            assertThat(stored.path("expiresAt").asText()).isNotBlank();
            assertThat(onFx(() -> ((TextArea) find(robot, main, "#blockReason")).getText())).as("the form empty again").isEmpty();

            long id = stored.path("id").asLong();
            robot.clickOn((Node) find(robot, main, "#block-" + id));
            robot.clickOn((Node) find(robot, main, "#blockLift"));
            waitUntil("asked first", () -> onFx(() -> ((Node) find(robot, main, "#blockConfirm")).isVisible()));
            assertThat(rest.call("GET", "/api/v1/blocks", null)).as("nothing lifted before the answer").hasSize(1);
            robot.clickOn((Node) find(robot, main, "#blockConfirmYes"));
            waitUntil("the block gone", () -> onFx(() -> table.getItems().isEmpty()));
            assertThat(rest.call("GET", "/api/v1/blocks", null)).isEmpty();
        }
    }

    private void open(Path home, String section, String query) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), "admin", "switchboard");
        main = WorkstationDriver.waitForMainWindowOf("Administrator");
        robot.clickOn((Node) find(robot, main, "#nav-ADMIN"));
        waitUntil("the section listed", () -> onFx(() -> main.getScene().getRoot().lookup("#adminSection-" + section) != null));
        robot.clickOn((Node) find(robot, main, "#adminSection-" + section));
        waitUntil("the section open", () -> onFx(() -> main.getScene().getRoot().lookup(query) != null));
    }

    /** Types into a field of the form, which may be scrolled out of sight: focused, then typed as a person would. */
    private void typeInto(String query, String text) {
        Node field = find(robot, main, query);
        onFx(() -> {
            field.requestFocus();
            return null;
        });
        waitUntil(query + " focused", () -> onFx(field::isFocused));
        robot.write(text);
    }

    private String text(String query) {
        return onFx(() -> ((TextField) find(robot, main, query)).getText());
    }

    private static List<String> names(TableView<InvitationRule> table) {
        return onFx(() -> table.getItems().stream().map(InvitationRule::name).toList());
    }
}
