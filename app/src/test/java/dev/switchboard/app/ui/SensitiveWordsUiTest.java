package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.reveal;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.testing.AdminRest;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.sensitive.SensitiveWord;
import dev.switchboard.shared.sensitive.SensitiveWordSettings.AgentMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An administrator keeps the sensitive words in the workstation against a real backend: pastes
 * many (duplicates left out and named), tries a sentence, changes a word, makes agents edit such
 * messages, deletes a word after asking; a word too long, taken or blank is refused next to its
 * field with the text kept, and a word changed meanwhile shows both versions.
 */
class SensitiveWordsUiTest {

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

    @BeforeEach
    void startFrom() throws Exception {
        rest.call("PUT", "/api/v1/sensitive-words", "{\"agentMode\":\"CONFIRM\",\"words\":[\"scam\",\"退款\"]}");
    }

    @AfterEach
    void closeWorkstation() {
        if (workstation != null) {
            workstation.close();
        }
    }

    @Test
    void manyWordsArePastedASentenceTriedAWordChangedAndOneDeleted(@TempDir Path home) throws Exception {
        open(home);
        TableView<SensitiveWord> table = find(robot, main, "#sensitiveWordsTable");
        waitUntil("the words listed", () -> words(table).equals(List.of("scam", "退款")));

        typeInto("#sensitiveWordsAddText", "加我微信\n  私下交易  \nSCAM\n\n加我微信");
        click("#sensitiveWordsAdd");
        Label outcome = find(robot, main, "#sensitiveWordsAddOutcome");
        waitUntil("what was added told", () -> !onFx(outcome::getText).isEmpty());
        assertThat(onFx(outcome::getText)).isEqualTo("2 words added. Already in the list, left out: SCAM, 加我微信");
        assertThat(onFx(() -> ((TextArea) find(robot, main, "#sensitiveWordsAddText")).getText())).as("emptied for the next").isEmpty();
        waitUntil("listed", () -> words(table).containsAll(List.of("加我微信", "私下交易")) && words(table).size() == 4);
        assertThat(wordsOnServer()).containsExactlyInAnyOrder("scam", "退款", "加我微信", "私下交易");

        typeInto("#sensitiveWordsTrialText", "您好，加我微信，我帮您退款");
        click("#sensitiveWordsTry");
        Label tried = find(robot, main, "#sensitiveWordsTrialOutcome");
        waitUntil("the screen's answer", () -> !onFx(tried::getText).isEmpty());
        assertThat(onFx(tried::getText)).startsWith("Sensitive words found: 加我微信, 退款")
                .contains("held with a warning").contains("flagged to supervisors");

        long refund = id("退款");
        robot.clickOn((Node) find(robot, main, "#sensitiveWord-" + refund));
        waitUntil("the word in the editor", () -> "退款".equals(text("#sensitiveWordEdit")));
        replaceText("#sensitiveWordEdit", "退钱");
        click("#sensitiveWordSave");
        waitUntil("changed on the server", () -> wordsOnServer().contains("退钱") && !wordsOnServer().contains("退款"));
        waitUntil("changed in the list", () -> words(table).contains("退钱"));

        ComboBox<AgentMode> mode = find(robot, main, "#sensitiveWordsMode");
        onFx(() -> {
            mode.getSelectionModel().select(AgentMode.BLOCK);
            return null;
        });
        waitUntil("agents must edit such messages now", () -> rest.call("GET", "/api/v1/sensitive-words", null).path("agentMode").asText().equals("BLOCK"));

        long scam = id("scam");
        robot.clickOn((Node) find(robot, main, "#sensitiveWord-" + scam));
        robot.clickOn((Node) find(robot, main, "#sensitiveWordDelete"));
        waitUntil("asked first", () -> onFx(() -> ((Node) find(robot, main, "#sensitiveWordConfirm")).isVisible()));
        assertThat(wordsOnServer()).as("nothing deleted before the answer").contains("scam");
        robot.clickOn((Node) find(robot, main, "#sensitiveWordConfirmYes"));
        waitUntil("deleted", () -> !words(table).contains("scam"));
        assertThat(wordsOnServer()).doesNotContain("scam");
    }

    @Test
    void tooLongTakenAndBlankWordsAreRefusedAndAStaleChangeShowsBothVersions(@TempDir Path home) throws Exception {
        open(home);
        TableView<SensitiveWord> table = find(robot, main, "#sensitiveWordsTable");
        waitUntil("the words listed", () -> words(table).equals(List.of("scam", "退款")));
        Node section = find(robot, main, "#sensitiveWordsSection");

        String tooLong = "长".repeat(51);
        typeInto("#sensitiveWordsAddText", "fine\n" + tooLong);
        click("#sensitiveWordsAdd");
        Label wordsError = find(robot, section, "#wordsError");
        waitUntil("the long word refused under the list", () -> onFx(wordsError::isVisible));
        assertThat(onFx(wordsError::getText)).isEqualTo("\"" + "长".repeat(20) + "…\": 1 to 50 characters");
        assertThat(onFx(() -> ((TextArea) find(robot, main, "#sensitiveWordsAddText")).getText())).as("kept as typed").isEqualTo("fine\n" + tooLong);
        assertThat(wordsOnServer()).as("nothing added").containsExactlyInAnyOrder("scam", "退款");

        JsonNode refund = entry("退款");
        robot.clickOn((Node) find(robot, main, "#sensitiveWord-" + refund.path("id").asLong()));
        waitUntil("the word in the editor", () -> "退款".equals(text("#sensitiveWordEdit")));
        replaceText("#sensitiveWordEdit", "ＳＣＡＭ");
        click("#sensitiveWordSave");
        Label wordError = find(robot, section, "#wordError");
        waitUntil("the taken word refused under its field", () -> onFx(wordError::isVisible));
        assertThat(onFx(wordError::getText)).isEqualTo("The list has this word already");
        assertThat(onFx(() -> ((Node) find(robot, main, "#staleEdit")).isVisible())).as("a clash, not a stale version").isFalse();
        assertThat(text("#sensitiveWordEdit")).isEqualTo("ＳＣＡＭ");

        replaceText("#sensitiveWordEdit", " ");
        click("#sensitiveWordSave");
        waitUntil("a blank word refused", () -> "1 to 50 characters".equals(onFx(wordError::getText)));

        replaceText("#sensitiveWordEdit", "退款了");
        rest.call("PUT", "/api/v1/sensitive-words/entries/" + refund.path("id").asLong(),
                "{\"word\":\"退货\",\"version\":" + refund.path("version").asLong() + "}");
        click("#sensitiveWordSave");
        waitUntil("both versions shown", () -> onFx(() -> ((Node) find(robot, main, "#staleEdit")).isVisible()));
        assertThat(onFx(() -> ((TextArea) find(robot, main, "#staleTheirs")).getText())).isEqualTo("退货");
        assertThat(onFx(() -> ((TextArea) find(robot, main, "#staleYours")).getText())).isEqualTo("退款了");
        assertThat(text("#sensitiveWordEdit")).as("kept as typed").isEqualTo("退款了");
        click("#staleTakeTheirs");
        waitUntil("theirs taken", () -> "退货".equals(text("#sensitiveWordEdit")));
        assertThat(wordsOnServer()).containsExactlyInAnyOrder("scam", "退货");
    }

    private void open(Path home) throws Exception {
        workstation = WorkstationDriver.start(home, server.baseUrl(), "admin", "switchboard");
        main = WorkstationDriver.waitForMainWindowOf("Administrator");
        robot.clickOn((Node) find(robot, main, "#nav-ADMIN"));
        waitUntil("the section listed", () -> onFx(() -> main.getScene().getRoot().lookup("#adminSection-sensitiveWords") != null));
        robot.clickOn((Node) find(robot, main, "#adminSection-sensitiveWords"));
        waitUntil("the section open", () -> onFx(() -> main.getScene().getRoot().lookup("#sensitiveWordsTable") != null));
    }

    /** Clicks a control of the side pane, scrolled into sight first as a person would. */
    private void click(String query) {
        Node node = find(robot, main, query);
        reveal(node);
        robot.clickOn(node);
    }

    /** Types into a field: focused, then typed as a person would (new lines included). */
    private void typeInto(String query, String text) {
        Node field = find(robot, main, query);
        reveal(field);
        onFx(() -> {
            field.requestFocus();
            return null;
        });
        waitUntil(query + " focused", () -> onFx(field::isFocused));
        robot.write(text);
    }

    private void replaceText(String query, String text) {
        onFx(() -> {
            ((TextInputControl) find(robot, main, query)).clear();
            return null;
        });
        typeInto(query, text);
    }

    private String text(String query) {
        return onFx(() -> ((TextField) find(robot, main, query)).getText());
    }

    private static List<String> words(TableView<SensitiveWord> table) {
        return onFx(() -> table.getItems().stream().map(SensitiveWord::word).toList());
    }

    private static List<String> wordsOnServer() throws Exception {
        List<String> words = new ArrayList<>();
        rest.call("GET", "/api/v1/sensitive-words/entries", null).path("words").forEach(word -> words.add(word.path("word").asText()));
        return words;
    }

    private static JsonNode entry(String word) throws Exception {
        for (JsonNode entry : rest.call("GET", "/api/v1/sensitive-words/entries", null).path("words")) {
            if (entry.path("word").asText().equals(word)) {
                return entry;
            }
        }
        throw new AssertionError("no word " + word);
    }

    private static long id(String word) throws Exception {
        return entry(word).path("id").asLong();
    }
}
