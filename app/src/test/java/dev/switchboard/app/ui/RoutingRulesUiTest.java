package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.settings.Language;
import dev.switchboard.app.testing.AdminRest;
import dev.switchboard.app.testing.Gestures;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.routing.RoutingRule;
import dev.switchboard.shared.visitors.Channel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An administrator writes routing rules in the workstation against a real backend: a rule with
 * conditions lands last in the list, moves by keys, a rule without conditions is refused next to
 * the conditions with everything typed kept, a stale save shows both versions, and "test this
 * rule" words the decision and every candidate's reason in Chinese.
 */
class RoutingRulesUiTest {

    static final String DEMO_PRESALES = "售前 Pre-sales questions";
    static final String DEMO_ORDERS = "订单 Orders";
    static final String DEMO_REPAIRS = "维修 Repairs";

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

    /** Every test starts from three rules for the demo form's questions, in this order. */
    @BeforeEach
    void threeRules() throws IOException {
        for (JsonNode rule : rest.call("GET", "/api/v1/routing-rules", null)) {
            rest.call("DELETE", "/api/v1/routing-rules/" + rule.path("id").asLong(), null);
        }
        rest.call("POST", "/api/v1/routing-rules", ruleBody(DEMO_PRESALES, "售前咨询 Pre-sales", "售前 Pre-sales"));
        rest.call("POST", "/api/v1/routing-rules", ruleBody(DEMO_ORDERS, "订单与物流 Orders", "售后 After-sales"));
        rest.call("POST", "/api/v1/routing-rules", ruleBody(DEMO_REPAIRS, "售后维修 Repairs", "售后 After-sales"));
    }

    private String ruleBody(String name, String question, String groupName) throws IOException {
        return Json.mapper().writeValueAsString(java.util.Map.of("name", name, "questionType", question, "groupId", group(groupName).id()));
    }

    @AfterEach
    void closeWorkstation() {
        if (workstation != null) {
            workstation.close();
        }
    }

    @Test
    void anAdministratorWritesARuleWithConditionsAndFindsItLastInTheList(@TempDir Path home) throws Exception {
        TableView<RoutingRule> table = openRoutingRules(home);
        robot.clickOn((Node) find(robot, main, "#routingRuleNew"));
        robot.clickOn((Node) find(robot, main, "#ruleName")).write("百度净水器 Baidu water filters");
        choose("#ruleChannel", Channel.SEARCH);
        robot.clickOn(editorOf("#ruleEngine")).write("baidu");
        robot.clickOn((Node) find(robot, main, "#ruleKeyword")).write("净水器");
        robot.clickOn((Node) find(robot, main, "#ruleUrlPattern")).write("*/products/*");
        choose("#ruleGroup", group("VIP"));
        robot.clickOn((Node) find(robot, main, "#routingRuleSave"));

        waitUntil("the rule last in the list", () -> names(table).equals(List.of(DEMO_PRESALES, DEMO_ORDERS, DEMO_REPAIRS,
                "百度净水器 Baidu water filters")));
        RoutingRule shown = onFx(() -> table.getItems().get(3));
        assertThat(shown.position()).isEqualTo(4);
        JsonNode stored = rule("百度净水器 Baidu water filters");
        assertThat(stored.path("channel").asText()).isEqualTo("SEARCH");
        assertThat(stored.path("engine").asText()).isEqualTo("baidu");
        assertThat(stored.path("keyword").asText()).isEqualTo("净水器");
        assertThat(stored.path("urlPattern").asText()).isEqualTo("*/products/*");
        assertThat(stored.path("groupId").asLong()).isEqualTo(group("VIP").id());
        assertThat(stored.has("language")).as("a condition left empty is any").isFalse();
        waitUntil("the new rule chosen", () -> onFx(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().id() == stored.path("id").asLong()));
    }

    @Test
    void theKeyboardMovesARuleInTheRoutingOrder(@TempDir Path home) throws Exception {
        TableView<RoutingRule> table = openRoutingRules(home);
        select(table, DEMO_REPAIRS);
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        waitUntil("moved up one place", () -> names(table).equals(List.of(DEMO_PRESALES, DEMO_REPAIRS, DEMO_ORDERS)));
        waitUntil("and so on the server", () -> serverOrder().equals(List.of(DEMO_PRESALES, DEMO_REPAIRS, DEMO_ORDERS)));

        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        waitUntil("first now", () -> serverOrder().equals(List.of(DEMO_REPAIRS, DEMO_PRESALES, DEMO_ORDERS)));
        robot.clickOn((Node) find(robot, main, "#routingRuleDown"));
        waitUntil("back down with the button", () -> serverOrder().equals(List.of(DEMO_PRESALES, DEMO_REPAIRS, DEMO_ORDERS)));
        waitUntil("the list as the server has it", () -> names(table).equals(List.of(DEMO_PRESALES, DEMO_REPAIRS, DEMO_ORDERS)));
    }

    @Test
    void aRuleWithoutConditionsIsRefusedNextToTheConditionsAndKeepsWhatWasTyped(@TempDir Path home) throws Exception {
        TableView<RoutingRule> table = openRoutingRules(home);
        robot.clickOn((Node) find(robot, main, "#routingRuleNew"));
        robot.clickOn((Node) find(robot, main, "#ruleName")).write("全部 Everything");
        choose("#ruleGroup", group("售后 After-sales"));
        robot.clickOn((Node) find(robot, main, "#routingRuleSave"));

        Label error = find(robot, main, "#catchAllError");
        waitUntil("the refusal under the conditions", () -> onFx(error::isVisible));
        assertThat(onFx(error::getText)).isEqualTo("Set at least one condition, or make the rule a catch-all that takes every chat.");
        String typed = onFx(() -> ((TextField) find(robot, main, "#ruleName")).getText());
        assertThat(typed).isEqualTo("全部 Everything");
        assertThat(onFx(() -> ((ComboBox<?>) find(robot, main, "#ruleGroup")).getValue())).isEqualTo(group("售后 After-sales"));
        assertThat(names(table)).hasSize(3);

        robot.clickOn((Node) find(robot, main, "#ruleCatchAll"));
        robot.clickOn((Node) find(robot, main, "#routingRuleSave"));
        waitUntil("the catch-all saved", () -> names(table).contains("全部 Everything"));
        assertThat(rule("全部 Everything").path("catchAll").asBoolean()).isTrue();
        waitUntil("the error gone", () -> !onFx(error::isVisible));
    }

    @Test
    void aSaveOnAStaleVersionShowsBothVersionsAndAppliesMineAgainOnTop(@TempDir Path home) throws Exception {
        TableView<RoutingRule> table = openRoutingRules(home);
        select(table, DEMO_ORDERS);
        TextField name = find(robot, main, "#ruleName");
        robot.doubleClickOn(name);
        onFx(() -> {
            name.clear();
            return null;
        });
        robot.clickOn(name).write("我的修改 Mine");
        JsonNode before = rule(DEMO_ORDERS);
        rest.call("PUT", "/api/v1/routing-rules/" + before.path("id").asLong(), "{\"name\":\"同事的修改 Theirs\",\"groupId\":"
                + before.path("groupId").asLong() + ",\"questionType\":\"订单与物流 Orders\",\"language\":\"zh\",\"version\":"
                + before.path("version").asLong() + "}");
        waitUntil("their change listed", () -> names(table).contains("同事的修改 Theirs"));
        assertThat(text(name)).as("what was typed stays").isEqualTo("我的修改 Mine");

        robot.clickOn((Node) find(robot, main, "#routingRuleSave"));
        VBox stale = find(robot, main, "#staleEdit");
        waitUntil("both versions shown", () -> onFx(stale::isVisible));
        String theirs = onFx(() -> ((TextArea) find(robot, main, "#staleTheirs")).getText());
        String yours = onFx(() -> ((TextArea) find(robot, main, "#staleYours")).getText());
        assertThat(theirs).contains("同事的修改 Theirs", "language zh");
        assertThat(yours).contains("我的修改 Mine");
        assertThat(text(name)).isEqualTo("我的修改 Mine");

        robot.clickOn((Node) find(robot, main, "#staleReapply"));
        waitUntil("mine saved on top of theirs", () -> rest.call("GET", "/api/v1/routing-rules", null).findValuesAsText("name")
                .contains("我的修改 Mine"));
        JsonNode after = rule("我的修改 Mine");
        assertThat(after.path("version").asLong()).isEqualTo(before.path("version").asLong() + 2);
        assertThat(after.has("language")).as("mine as typed, without their condition").isFalse();
        waitUntil("the panes gone", () -> !onFx(stale::isVisible));
    }

    @Test
    void testingARuleShowsTheDecisionAndEveryCandidatesReasonInChinese(@TempDir Path home) throws Exception {
        TableView<RoutingRule> table = openRoutingRules(home);
        MenuButton userMenu = find(robot, main, "#userMenu");
        onFx(() -> {
            userMenu.getItems().stream().filter(item -> "settingsItem".equals(item.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        Stage settings = WorkstationDriver.waitForDialog("#settingsPage");
        ComboBox<Language> language = find(robot, settings, "#settingsLanguage");
        onFx(() -> {
            language.setValue(Language.SIMPLIFIED_CHINESE);
            settings.close();
            return null;
        });

        select(table, DEMO_PRESALES);
        TabPane details = find(robot, main, "#routingRuleDetails");
        onFx(() -> {
            details.getSelectionModel().select(details.getTabs().stream().filter(tab -> "routingRuleTestTab".equals(tab.getId())).findFirst()
                    .orElseThrow());
            return null;
        });
        waitUntil("the test tab showing", () -> onFx(() -> ((Node) find(robot, main, "#testRun")).isVisible()));
        ComboBox<String> testLevel = find(robot, main, "#testCustomerLevel");
        waitUntil("the configured levels offered for the test", () -> onFx(() -> List.copyOf(testLevel.getItems())).contains("VIP"));
        robot.clickOn(editorOfTest()).write("售前咨询 Pre-sales");
        robot.clickOn((Node) find(robot, main, "#testLanguage")).write("zh-CN");
        robot.clickOn((Node) find(robot, main, "#testRun"));

        Label decision = find(robot, main, "#testDecision");
        waitUntil("the decision", () -> !onFx(decision::getText).isEmpty());
        assertThat(onFx(decision::getText)).contains("规则“" + DEMO_PRESALES + "”", "售前 Pre-sales", "没有空闲客服");
        String verdict = onFx(() -> ((Label) find(robot, main, "#testVerdict")).getText());
        assertThat(verdict).isEqualTo("规则“" + DEMO_PRESALES + "”接收这个会话。");
        VBox candidates = find(robot, main, "#testCandidates");
        List<String> lines = onFx(() -> candidates.getChildren().stream().map(node -> ((Label) node).getText()).toList());
        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).endsWith("状态：离线"));
        assertThat(String.join("\n", lines)).contains("Alice 王丽", "Carol 陈静");
        assertThat(rest.call("GET", "/api/v1/conversations", null)).as("a test starts no chat").isEmpty();
    }

    /** Signs the administrator in and opens the section; answers the rules' table once it shows the three rules. */
    private TableView<RoutingRule> openRoutingRules(Path home) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), "admin", "switchboard");
        main = WorkstationDriver.waitForMainWindowOf("Administrator");
        robot.clickOn((Node) find(robot, main, "#nav-ADMIN"));
        waitUntil("the section listed", () -> onFx(() -> main.getScene().getRoot().lookup("#adminSection-routingRules") != null));
        robot.clickOn((Node) find(robot, main, "#adminSection-routingRules"));
        waitUntil("the section open", () -> onFx(() -> main.getScene().getRoot().lookup("#routingRulesTable") != null));
        TableView<RoutingRule> table = find(robot, main, "#routingRulesTable");
        waitUntil("the three rules", () -> names(table).equals(List.of(DEMO_PRESALES, DEMO_ORDERS, DEMO_REPAIRS)));
        return table;
    }

    private void select(TableView<RoutingRule> table, String name) {
        long id = onFx(() -> table.getItems().stream().filter(rule -> rule.name().equals(name)).findFirst().orElseThrow().id());
        Gestures.clickOn(robot, main, "#routingRule-" + id);
        waitUntil("the editor on " + name, () -> onFx(() -> ((TextField) find(robot, main, "#ruleName")).getText()).equals(name));
    }

    private <T> void choose(String query, T value) {
        ComboBox<T> box = find(robot, main, query);
        onFx(() -> {
            box.setValue(value);
            return null;
        });
    }

    private TextField editorOf(String query) {
        return onFx(() -> ((ComboBox<?>) find(robot, main, query)).getEditor());
    }

    private TextField editorOfTest() {
        return editorOf("#testQuestionType");
    }

    private Group group(String name) throws IOException {
        return rest.group(name);
    }

    private static JsonNode rule(String name) throws IOException {
        return rest.find("/api/v1/routing-rules", "name", name);
    }

    private static String text(TextField field) {
        return onFx(field::getText);
    }

    private static List<String> names(TableView<RoutingRule> table) {
        return onFx(() -> table.getItems().stream().map(RoutingRule::name).toList());
    }

    private static List<String> serverOrder() throws IOException {
        return rest.call("GET", "/api/v1/routing-rules", null).findValuesAsText("name");
    }
}
