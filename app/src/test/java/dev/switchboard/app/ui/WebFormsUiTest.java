package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.testing.AdminRest;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.tickets.forms.WebForm;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An administrator publishes a web form in the workstation against a real backend: saved, its
 * public address shown and copied, a taken key refused at the key with everything typed kept,
 * another admin's change shown in the open form, and removing asks first.
 */
class WebFormsUiTest {

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private static AdminRest rest;
    private final FxRobot robot = new FxRobot();
    private final AdminForm form = new AdminForm(robot);
    private WorkstationDriver workstation;

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
    void aWebFormIsSavedWithItsAddressAndATakenKeyIsRefusedAtTheKey(@TempDir Path home) throws Exception {
        workstation = form.openSection(home, server.baseUrl(), "admin", "Administrator", "webForms", "#webFormsTable");
        Stage main = form.main();
        TableView<WebForm> table = find(robot, main, "#webFormsTable");
        long inquiry = rest.find("/api/v1/ticket-categories", "name", "Inquiry").path("id").asLong();
        form.typeInto("#webFormKey", "returns");
        form.typeInto("#webFormTitle", "退货 Returns");
        ComboBox<Long> category = find(robot, main, "#webFormCategory");
        waitUntil("the categories read", () -> onFx(() -> category.getItems().contains(inquiry)));
        onFx(() -> {
            category.setValue(inquiry);
            return null;
        });
        form.click("#webFormSave");

        waitUntil("the form listed", () -> onFx(() -> table.getItems().stream().map(WebForm::title).toList()).contains("退货 Returns"));
        JsonNode stored = rest.find("/api/v1/web-forms", "key", "returns");
        assertThat(stored.path("categoryId").asLong()).isEqualTo(inquiry);
        assertThat(stored.path("site").asText()).isEqualTo("default");
        TextField url = find(robot, main, "#webFormUrl");
        waitUntil("its public address shown", () -> onFx(url::isVisible) && onFx(url::getText).equals(server.baseUrl() + "/forms/returns"));
        form.click("#webFormUrlCopy");
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(server.baseUrl() + "/forms/returns");

        form.replace("#webFormTitle", "Returns and refunds");
        form.click("#webFormSave");
        waitUntil("the change listed", () -> onFx(() -> table.getItems().stream().map(WebForm::title).toList()).contains("Returns and refunds"));
        assertThat(rest.find("/api/v1/web-forms", "key", "returns").path("version").asLong()).isEqualTo(2);

        form.click("#webFormNew");
        waitUntil("an empty form", () -> form.text("#webFormKey").isEmpty());
        form.typeInto("#webFormKey", "returns");
        form.typeInto("#webFormTitle", "Another returns form");
        form.click("#webFormSave");
        Label key = find(robot, main, "#keyError");
        waitUntil("the backend's refusal under the key", () -> onFx(key::isVisible));
        assertThat(onFx(key::getText)).isEqualTo("Another form has this key");
        assertThat(form.text("#webFormTitle")).as("kept as typed").isEqualTo("Another returns form");
        assertThat(form.text("#webFormKey")).isEqualTo("returns");
        assertThat(rest.call("GET", "/api/v1/web-forms", null).findValuesAsText("title")).doesNotContain("Another returns form");

        form.replace("#webFormKey", "Bad Key");
        form.click("#webFormSave");
        waitUntil("the shared rule's refusal under the key", () -> onFx(key::getText).equals("2 to 40 characters: lower-case letters, digits or -"));
    }

    @Test
    void anotherAdminsChangeShowsInTheOpenFormAndRemovingAsksFirst(@TempDir Path home) throws Exception {
        JsonNode made = rest.call("POST", "/api/v1/web-forms", "{\"key\":\"warranty\",\"site\":\"default\",\"title\":\"Warranty\"}");
        long id = made.path("id").asLong();
        workstation = form.openSection(home, server.baseUrl(), "admin", "Administrator", "webForms", "#webFormsTable");
        Stage main = form.main();
        TableView<WebForm> table = find(robot, main, "#webFormsTable");
        waitUntil("listed", () -> onFx(() -> table.getItems().stream().anyMatch(f -> f.id() == id)));
        waitUntil("its row drawn", () -> onFx(() -> main.getScene().getRoot().lookup("#webForm-" + id) != null));
        robot.clickOn((Node) find(robot, main, "#webForm-" + id));
        waitUntil("the editor showing it", () -> form.text("#webFormTitle").equals("Warranty"));

        rest.call("PUT", "/api/v1/web-forms/" + id, "{\"key\":\"warranty\",\"site\":\"default\",\"title\":\"保修 Warranty\",\"version\":1}");
        waitUntil("changed elsewhere, shown here", () -> form.text("#webFormTitle").equals("保修 Warranty"));

        form.click("#webFormDelete");
        waitUntil("asked first", () -> onFx(() -> ((Node) find(robot, main, "#webFormConfirm")).isVisible()));
        assertThat(rest.call("GET", "/api/v1/web-forms", null).findValuesAsText("key")).as("nothing removed before the answer")
                .contains("warranty");
        form.click("#webFormConfirmYes");
        waitUntil("removed", () -> onFx(() -> table.getItems().stream().noneMatch(f -> f.id() == id)));
        assertThat(rest.call("GET", "/api/v1/web-forms", null).findValuesAsText("key")).doesNotContain("warranty");
    }
}
