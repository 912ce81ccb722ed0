package dev.switchboard.server.mail;

import static dev.switchboard.server.mail.MailWorld.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Test connection" over real HTTP against a real mail server (GreenMail): each part, IMAP and SMTP,
 * answers ok or why not, with no password in the answer; a stored mailbox is tried with its stored
 * password unless the edit gives or removes one; only administrators may try.
 */
class MailboxConnectionTestApiTest {

    private static final String WRONG = "not-the-password-42";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    MailWorld world;

    @BeforeEach
    void connectGreenMail() {
        world = new MailWorld(greenMail, backend);
    }

    /** GreenMail's mailbox with an SMTP login as well (the support account's). */
    private Map<String, Object> settings() {
        Map<String, Object> box = world.mailbox();
        box.put("smtpUser", "support");
        box.put("smtpPassword", MailWorld.PASSWORD);
        return box;
    }

    @Test
    void goodSettingsAreOkOnBothParts() {
        JsonNode result = tried("/api/v1/mailboxes/test", settings());

        outcome(result, "imap").isEqualTo("OK");
        outcome(result, "smtp").isEqualTo("OK");
        assertThat(world.api().get("/api/v1/mailboxes", world.admin()).json()).as("a test stores nothing").isEmpty();
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailureThatNeverRepeatsThePassword() {
        Map<String, Object> box = settings();
        box.put("imapPassword", WRONG);
        box.put("smtpPassword", WRONG);

        ApiResponse answer = world.api().post("/api/v1/mailboxes/test", world.admin(), box);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        outcome(answer.json(), "imap").isEqualTo("AUTHENTICATION_FAILED");
        outcome(answer.json(), "smtp").isEqualTo("AUTHENTICATION_FAILED");
        assertThat(answer.json().path("imap").path("detail").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain(WRONG);
    }

    @Test
    void aClosedPortIsRefusedAndAMissingFolderIsNamed() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Map<String, Object> box = settings();
        box.put("imapPort", closed);
        box.put("smtpPort", closed);
        JsonNode refused = tried("/api/v1/mailboxes/test", box);
        outcome(refused, "imap").isEqualTo("REFUSED");
        outcome(refused, "smtp").isEqualTo("REFUSED");

        Map<String, Object> noFolder = settings();
        noFolder.put("imapFolder", "Archive");
        JsonNode missing = tried("/api/v1/mailboxes/test", noFolder);
        outcome(missing, "imap").isEqualTo("FOLDER_MISSING");
        outcome(missing, "smtp").isEqualTo("OK");
    }

    @Test
    void tlsAgainstAPlainServerIsATlsFailure() {
        Map<String, Object> box = settings();
        box.put("imapTls", true);
        box.put("smtpTls", true);

        JsonNode result = tried("/api/v1/mailboxes/test", box);

        outcome(result, "imap").isEqualTo("TLS_FAILED");
        outcome(result, "smtp").isEqualTo("TLS_FAILED");
    }

    @Test
    void aStoredMailboxIsTriedWithItsStoredPasswordUnlessTheEditGivesOrRemovesOne() {
        ApiResponse created = world.api().post("/api/v1/mailboxes", world.admin(), settings());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        String path = "/api/v1/mailboxes/" + id + "/test";

        Map<String, Object> edited = settings();
        edited.remove("imapPassword");
        edited.remove("smtpPassword");
        JsonNode stored = tried(path, edited);
        outcome(stored, "imap").isEqualTo("OK");
        outcome(stored, "smtp").isEqualTo("OK");

        edited.put("imapPassword", WRONG);
        edited.put("removeSmtpPassword", true);
        JsonNode typed = tried(path, edited);
        outcome(typed, "imap").isEqualTo("AUTHENTICATION_FAILED");
        outcome(typed, "smtp").isEqualTo("AUTHENTICATION_FAILED");
        assertThat(world.api().get("/api/v1/mailboxes/" + id, world.admin()).json().path("smtpPasswordSet").asBoolean())
                .as("a test changes nothing").isTrue();

        assertThat(world.api().post("/api/v1/mailboxes/999/test", world.admin(), edited).status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsMayTryAndBadSettingsAreRefusedByField() {
        for (String path : new String[] {"/api/v1/mailboxes/test", "/api/v1/mailboxes/1/test"}) {
            ApiResponse supervisor = world.api().post(path, backend.token("carol"), settings());
            assertThat(supervisor.status()).as(path).isEqualTo(403);
            assertThat(supervisor.isProblem()).isTrue();
        }
        Map<String, Object> bad = body("imapHost", "imap://x", "imapPort", 0, "imapUser", "support", "smtpHost", "127.0.0.1", "smtpPort", 25,
                "imapPassword", "");
        ApiResponse refused = world.api().post("/api/v1/mailboxes/test", world.admin(), bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("imapHost", "imapPort", "imapPassword");
    }

    private JsonNode tried(String path, Map<String, Object> settings) {
        ApiResponse answer = world.api().post(path, world.admin(), settings);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** The part's outcome, with the whole answer as the description should it be another. */
    private static org.assertj.core.api.AbstractStringAssert<?> outcome(JsonNode result, String part) {
        return assertThat(result.path(part).path("outcome").asText()).as(part + " in " + result);
    }
}
