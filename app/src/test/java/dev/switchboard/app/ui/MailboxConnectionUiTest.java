package dev.switchboard.app.ui;

import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.switchboard.app.testing.AdminRest;
import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.mail.Mailbox;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * "Test connection" in the mailbox editor against a real backend and a real mail server
 * (GreenMail): a wrong password is named as such and stays typed, the right one works, a stored
 * mailbox is tried with its stored password, and "remove the stored password" removes it on save.
 */
class MailboxConnectionUiTest {

    private static final String PASSWORD = "imap secret";

    @TempDir
    static Path serverData;
    private static SwitchboardServer server;
    private static AdminRest rest;
    private static GreenMail mail;
    private final FxRobot robot = new FxRobot();
    private final AdminForm form = new AdminForm(robot);
    private WorkstationDriver workstation;

    @BeforeAll
    static void startBackendAndMailServer() throws Exception {
        WorkstationDriver.initToolkit();
        mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mail.start();
        mail.setUser("support@aurora.example", "support", PASSWORD);
        server = SwitchboardServer.start(ServerConfig.forTests(serverData));
        rest = AdminRest.signIn(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
        mail.stop();
    }

    @AfterEach
    void closeWorkstation() {
        if (workstation != null) {
            workstation.close();
        }
    }

    @Test
    void testingShowsEachServersAnswerKeepsWhatIsTypedAndUsesTheStoredPassword(@TempDir Path home) throws Exception {
        workstation = form.openSection(home, server.baseUrl(), "admin", "Administrator", "mailboxes", "#mailboxesTable");
        Stage main = form.main();
        form.typeInto("#mailboxName", "客服 Support");
        form.typeInto("#mailboxAddress", "support@aurora.example");
        form.typeInto("#mailboxImapHost", "127.0.0.1");
        form.replace("#mailboxImapPort", Integer.toString(mail.getImap().getPort()));
        form.click("#mailboxImapTls"); // GreenMail speaks plain text
        form.typeInto("#mailboxImapUser", "support");
        form.typeInto("#mailboxImapPassword", "wrong secret");
        form.typeInto("#mailboxSmtpHost", "127.0.0.1");
        form.replace("#mailboxSmtpPort", Integer.toString(mail.getSmtp().getPort()));
        form.click("#mailboxSmtpTls");
        form.click("#mailboxEnabled"); // off: the test's mailbox is never read

        Label imap = find(robot, main, "#mailboxTestImap");
        Label smtp = find(robot, main, "#mailboxTestSmtp");
        form.click("#mailboxTest");
        waitUntil("both servers' answers", () -> onFx(smtp::getText).startsWith("SMTP: "));
        assertThat(onFx(imap::getText)).startsWith("IMAP: user or password not accepted");
        assertThat(onFx(smtp::getText)).isEqualTo("SMTP: works");
        assertThat(onFx(imap::getText)).doesNotContain("wrong secret");
        assertThat(form.text("#mailboxImapPassword")).as("kept as typed").isEqualTo("wrong secret");
        assertThat(form.text("#mailboxName")).isEqualTo("客服 Support");
        assertThat(rest.call("GET", "/api/v1/mailboxes", null)).as("a test saves nothing").isEmpty();

        form.replace("#mailboxImapPassword", PASSWORD);
        form.click("#mailboxTest");
        waitUntil("the IMAP login works", () -> onFx(imap::getText).equals("IMAP: works"));

        form.click("#mailboxSave");
        TableView<Mailbox> table = find(robot, main, "#mailboxesTable");
        waitUntil("the mailbox listed", () -> onFx(() -> table.getItems().stream().map(Mailbox::name).toList()).contains("客服 Support"));
        long id = rest.find("/api/v1/mailboxes", "address", "support@aurora.example").path("id").asLong();
        waitUntil("its row drawn", () -> onFx(() -> main.getScene().getRoot().lookup("#mailbox-" + id) != null));
        robot.clickOn((Node) find(robot, main, "#mailbox-" + id));
        waitUntil("the editor showing it, its password field empty", () -> form.text("#mailboxName").equals("客服 Support")
                && form.text("#mailboxImapPassword").isEmpty());
        assertThat(onFx(imap::isVisible)).as("the last test's lines belong to the form before").isFalse();

        form.click("#mailboxTest");
        waitUntil("tried with the stored password", () -> onFx(imap::getText).equals("IMAP: works"));

        CheckBox remove = find(robot, main, "#mailboxImapPasswordRemove");
        assertThat(onFx(remove::isVisible)).as("offered while a password is stored").isTrue();
        form.click("#mailboxImapPasswordRemove");
        waitUntil("the password field not used", () -> onFx(() -> ((Node) find(robot, main, "#mailboxImapPassword")).isDisabled()));
        form.click("#mailboxTest");
        waitUntil("tried without a password", () -> onFx(imap::getText).startsWith("IMAP: user or password not accepted"));
        form.click("#mailboxSave");
        waitUntil("the password removed", () -> !rest.find("/api/v1/mailboxes", "address", "support@aurora.example").path("imapPasswordSet")
                .asBoolean());
        JsonNode stored = rest.find("/api/v1/mailboxes", "address", "support@aurora.example");
        assertThat(stored.path("version").asLong()).isEqualTo(2);
        waitUntil("nothing left to remove", () -> !onFx(remove::isVisible));
    }
}
