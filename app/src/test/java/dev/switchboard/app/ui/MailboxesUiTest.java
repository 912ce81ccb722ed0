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
import dev.switchboard.shared.mail.Mailbox;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An administrator connects a mailbox in the workstation against a real backend: what is typed
 * wrong is refused next to its field and kept, the password is never shown again and an empty
 * password field keeps it, a taken address is refused at the address, another admin's change shows
 * in the open list, and removing asks first. Supervisors do not see the section.
 */
class MailboxesUiTest {

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
    void aMailboxIsRefusedWhereItIsWrongThenSavedAndChangedWithItsPasswordKept(@TempDir Path home) throws Exception {
        workstation = form.openSection(home, server.baseUrl(), "admin", "Administrator", "mailboxes", "#mailboxesTable");
        Stage main = form.main();
        TableView<Mailbox> table = find(robot, main, "#mailboxesTable");
        form.typeInto("#mailboxName", "客服 Support");
        form.typeInto("#mailboxAddress", "support@aurora.example");
        form.replace("#mailboxImapPort", "70000");
        form.typeInto("#mailboxImapUser", "support");
        form.typeInto("#mailboxImapPassword", "imap-secret");
        form.typeInto("#mailboxSmtpHost", "smtp.aurora.example");
        form.click("#mailboxEnabled"); // off: the test's mailbox is never read
        form.click("#mailboxSave");

        Label host = find(robot, main, "#imapHostError");
        Label port = find(robot, main, "#imapPortError");
        waitUntil("the refusals under their fields", () -> onFx(host::isVisible) && onFx(port::isVisible));
        assertThat(onFx(host::getText)).isEqualTo("A host name such as imap.example.com, without scheme or path");
        assertThat(onFx(port::getText)).isEqualTo("A port from 1 to 65535");
        assertThat(form.text("#mailboxImapPort")).as("kept as typed").isEqualTo("70000");
        assertThat(form.text("#mailboxName")).isEqualTo("客服 Support");
        assertThat(form.text("#mailboxImapPassword")).isEqualTo("imap-secret");
        assertThat(rest.call("GET", "/api/v1/mailboxes", null).findValuesAsText("address")).as("nothing stored")
                .doesNotContain("support@aurora.example");

        form.typeInto("#mailboxImapHost", "imap.aurora.example");
        form.replace("#mailboxImapPort", "993");
        form.click("#mailboxSave");
        waitUntil("the mailbox listed", () -> onFx(() -> table.getItems().stream().map(Mailbox::name).toList()).contains("客服 Support"));
        JsonNode stored = rest.find("/api/v1/mailboxes", "address", "support@aurora.example");
        assertThat(stored.path("imapHost").asText()).isEqualTo("imap.aurora.example");
        assertThat(stored.path("imapPort").asInt()).isEqualTo(993);
        assertThat(stored.path("imapPasswordSet").asBoolean()).isTrue();
        assertThat(stored.path("smtpPasswordSet").asBoolean()).isFalse();
        assertThat(stored.path("enabled").asBoolean()).isFalse();
        waitUntil("the errors gone", () -> !onFx(host::isVisible) && !onFx(port::isVisible));
        TextField password = find(robot, main, "#mailboxImapPassword");
        assertThat(onFx(() -> password.getText())).as("a stored password is never shown").isEmpty();
        assertThat(onFx(() -> password.getPromptText())).isEqualTo("A password is stored; leave empty to keep it");

        form.replace("#mailboxName", "Support desk");
        javafx.scene.control.ComboBox<String> language = find(robot, main, "#mailboxLanguage");
        assertThat(onFx(language::getValue)).as("mails in Chinese unless chosen otherwise").isEqualTo("zh-CN");
        onFx(() -> {
            language.setValue("en");
            return null;
        });
        form.click("#mailboxSave");
        waitUntil("the change listed", () -> onFx(() -> table.getItems().stream().map(Mailbox::name).toList()).contains("Support desk"));
        JsonNode changed = rest.find("/api/v1/mailboxes", "address", "support@aurora.example");
        assertThat(changed.path("version").asLong()).isEqualTo(2);
        assertThat(changed.path("imapPasswordSet").asBoolean()).as("the empty field kept the password").isTrue();
        assertThat(changed.path("language").asText()).as("the mails' language chosen").isEqualTo("en");

        form.click("#mailboxNew");
        form.typeInto("#mailboxName", "Second");
        form.typeInto("#mailboxAddress", "SUPPORT@aurora.example");
        form.typeInto("#mailboxImapHost", "imap2.aurora.example");
        form.typeInto("#mailboxImapUser", "second");
        form.typeInto("#mailboxSmtpHost", "smtp2.aurora.example");
        form.click("#mailboxSave");
        Label address = find(robot, main, "#addressError");
        waitUntil("the backend's refusal under the address", () -> onFx(address::isVisible));
        assertThat(onFx(address::getText)).isEqualTo("Another mailbox has this address");
        assertThat(form.text("#mailboxName")).as("kept as typed").isEqualTo("Second");
        assertThat(rest.call("GET", "/api/v1/mailboxes", null).findValuesAsText("name")).doesNotContain("Second");
    }

    @Test
    void anotherAdminsChangeShowsInTheOpenListAndRemovingAsksFirst(@TempDir Path home) throws Exception {
        workstation = form.openSection(home, server.baseUrl(), "admin", "Administrator", "mailboxes", "#mailboxesTable");
        Stage main = form.main();
        TableView<Mailbox> table = find(robot, main, "#mailboxesTable");
        JsonNode made = rest.call("POST", "/api/v1/mailboxes", "{\"name\":\"Sales 销售\",\"address\":\"sales@aurora.example\","
                + "\"imapHost\":\"imap.aurora.example\",\"imapPort\":993,\"imapUser\":\"sales\",\"smtpHost\":\"smtp.aurora.example\","
                + "\"smtpPort\":465,\"enabled\":false}");
        long id = made.path("id").asLong();
        waitUntil("made elsewhere, listed here", () -> onFx(() -> table.getItems().stream().anyMatch(box -> box.id() == id)));

        waitUntil("its row drawn", () -> onFx(() -> main.getScene().getRoot().lookup("#mailbox-" + id) != null));
        robot.clickOn((Node) find(robot, main, "#mailbox-" + id));
        waitUntil("the editor showing it", () -> form.text("#mailboxName").equals("Sales 销售"));
        form.click("#mailboxDelete");
        waitUntil("asked first", () -> onFx(() -> ((Node) find(robot, main, "#mailboxConfirm")).isVisible()));
        assertThat(rest.call("GET", "/api/v1/mailboxes", null).findValuesAsText("address")).as("nothing removed before the answer")
                .contains("sales@aurora.example");
        form.click("#mailboxConfirmYes");
        waitUntil("removed", () -> onFx(() -> table.getItems().stream().noneMatch(box -> box.id() == id)));
        assertThat(rest.call("GET", "/api/v1/mailboxes", null).findValuesAsText("address")).doesNotContain("sales@aurora.example");
    }

    @Test
    void aSaveOnAStaleVersionShowsBothVersionsWithoutPasswordsAndReappliesMine(@TempDir Path home) throws Exception {
        JsonNode made = rest.call("POST", "/api/v1/mailboxes", "{\"name\":\"Billing\",\"address\":\"billing@aurora.example\","
                + "\"imapHost\":\"imap.aurora.example\",\"imapPort\":993,\"imapUser\":\"billing\",\"imapPassword\":\"stored-secret\","
                + "\"smtpHost\":\"smtp.aurora.example\",\"smtpPort\":465,\"enabled\":false}");
        long id = made.path("id").asLong();
        workstation = form.openSection(home, server.baseUrl(), "admin", "Administrator", "mailboxes", "#mailboxesTable");
        Stage main = form.main();
        waitUntil("its row drawn", () -> onFx(() -> main.getScene().getRoot().lookup("#mailbox-" + id) != null));
        robot.clickOn((Node) find(robot, main, "#mailbox-" + id));
        waitUntil("the editor showing it", () -> form.text("#mailboxName").equals("Billing"));
        form.replace("#mailboxName", "Billing 账单");
        form.typeInto("#mailboxSmtpPassword", "typed-secret");
        rest.call("PUT", "/api/v1/mailboxes/" + id, "{\"name\":\"Invoices\",\"address\":\"billing@aurora.example\","
                + "\"imapHost\":\"imap.aurora.example\",\"imapPort\":993,\"imapUser\":\"billing\",\"smtpHost\":\"smtp.aurora.example\","
                + "\"smtpPort\":465,\"enabled\":false,\"version\":1}");

        form.click("#mailboxSave");
        Node stale = find(robot, main, "#staleEdit");
        waitUntil("both versions shown", () -> onFx(stale::isVisible));
        String theirs = form.text("#staleTheirs");
        String mine = form.text("#staleYours");
        assertThat(theirs).contains("Invoices");
        assertThat(mine).contains("Billing 账单").contains("SMTP password: (changed)");
        assertThat(theirs + mine).as("no password is ever shown").doesNotContain("stored-secret").doesNotContain("typed-secret");
        assertThat(form.text("#mailboxName")).as("kept as typed").isEqualTo("Billing 账单");

        form.click("#staleReapply");
        waitUntil("mine saved on top of theirs", () -> rest.find("/api/v1/mailboxes", "address", "billing@aurora.example").path("version")
                .asLong() == 3);
        JsonNode saved = rest.find("/api/v1/mailboxes", "address", "billing@aurora.example");
        assertThat(saved.path("name").asText()).isEqualTo("Billing 账单");
        assertThat(saved.path("smtpPasswordSet").asBoolean()).isTrue();
        assertThat(saved.path("imapPasswordSet").asBoolean()).as("the empty IMAP field kept the stored password").isTrue();
    }

    @Test
    void supervisorsDoNotSeeMailboxesOrWebForms(@TempDir Path home) throws Exception {
        workstation = form.openSection(home, server.baseUrl(), "carol", "Carol 陈静", "routingRules", "#routingRulesTable");
        Node root = onFx(() -> form.main().getScene().getRoot());
        assertThat(onFx(() -> root.lookup("#adminSection-mailboxes"))).isNull();
        assertThat(onFx(() -> root.lookup("#adminSection-webForms"))).isNull();
    }
}
