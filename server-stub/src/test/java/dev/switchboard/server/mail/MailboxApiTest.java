package dev.switchboard.server.mail;

import static dev.switchboard.server.mail.MailWorld.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.mail.Mailbox;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangePage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /api/v1/mailboxes}: bad input is a 400 naming the fields, passwords are never answered, stale changes are refused, every
 * change reaches administrators' workstations through the change log.
 */
class MailboxApiTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");

    private static Map<String, Object> mailbox() {
        return body("name", "Support", "address", "support@example.com", "imapHost", "imap.example.com", "imapPort", 993, "imapUser", "support",
                "imapPassword", "the imap secret", "smtpHost", "smtp.example.com", "smtpPort", 465, "smtpUser", "support",
                "smtpPassword", "the smtp secret", "groupId", 1, "enabled", false);
    }

    @Test
    void badInputIsAProblemNamingEachFieldAndNothingIsStored() {
        Map<String, Object> bad = mailbox();
        bad.put("address", "not an address");
        bad.put("imapHost", "imap://example.com/inbox");
        bad.put("imapPort", 70_000);
        bad.put("smtpHost", null);
        bad.put("pollSeconds", 1);
        bad.put("groupId", 999);

        ApiResponse refused = api.post("/api/v1/mailboxes", admin, bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("address", "imapHost", "imapPort", "smtpHost", "pollSeconds", "groupId");
        assertThat(api.get("/api/v1/mailboxes", admin).json()).isEmpty();
        assertThat(api.send("POST", "/api/v1/mailboxes", admin, "{\"name\":", ApiClient.JSON).status()).as("malformed JSON").isEqualTo(400);
    }

    @Test
    void passwordsAreStoredButNeverAnsweredAndAChangeWithoutThemKeepsThem() {
        ApiResponse created = api.post("/api/v1/mailboxes", admin, mailbox());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("the imap secret").doesNotContain("the smtp secret");
        JsonNode box = created.json();
        assertThat(box.path("imapPasswordSet").asBoolean()).isTrue();
        assertThat(box.path("smtpPasswordSet").asBoolean()).isTrue();
        assertThat(box.has("imapPassword")).isFalse();
        assertThat(box.path("pollSeconds").asInt()).isEqualTo(60);
        assertThat(box.path("imapFolder").asText()).isEqualTo("INBOX");

        Map<String, Object> change = mailbox();
        change.remove("imapPassword");
        change.put("smtpPassword", null);
        change.put("removeSmtpPassword", true);
        change.put("name", "Support desk");
        change.put("version", 1);
        ApiResponse changed = put("/api/v1/mailboxes/" + box.path("id").asLong(), change);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("imapPasswordSet").asBoolean()).as("left out: kept").isTrue();
        assertThat(changed.json().path("smtpPasswordSet").asBoolean()).as("removed by the flag").isFalse();
        assertThat(changed.json().path("version").asLong()).isEqualTo(2);

        ApiResponse list = api.get("/api/v1/mailboxes", admin);
        assertThat(list.body()).doesNotContain("the imap secret").contains("Support desk");
        String audit = api.get("/api/v1/audit", admin).body();
        assertThat(audit).contains("mailbox.create").doesNotContain("the imap secret").doesNotContain("the smtp secret");
    }

    @Test
    void anEmptyPasswordNeverRemovesOneAndRemovingWhileGivingOneIsRefused() {
        long id = api.post("/api/v1/mailboxes", admin, mailbox()).json().path("id").asLong();
        Map<String, Object> empty = mailbox();
        empty.put("version", 1);
        empty.put("imapPassword", "");
        ApiResponse refused = put("/api/v1/mailboxes/" + id, empty);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("imapPassword");

        Map<String, Object> both = mailbox();
        both.put("version", 1);
        both.put("removeImapPassword", true);
        ApiResponse ambiguous = put("/api/v1/mailboxes/" + id, both);
        assertThat(ambiguous.status()).as(ambiguous.body()).isEqualTo(400);
        assertThat(ambiguous.json().path("errors").findValuesAsText("field")).containsExactly("imapPassword");

        JsonNode stored = api.get("/api/v1/mailboxes/" + id, admin).json();
        assertThat(stored.path("version").asLong()).as("nothing changed").isEqualTo(1);
        assertThat(stored.path("imapPasswordSet").asBoolean()).isTrue();

        Map<String, Object> remove = mailbox();
        remove.remove("imapPassword");
        remove.put("version", 1);
        remove.put("removeImapPassword", true);
        ApiResponse removed = put("/api/v1/mailboxes/" + id, remove);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().path("imapPasswordSet").asBoolean()).isFalse();
        assertThat(removed.json().path("smtpPasswordSet").asBoolean()).as("the other password given again: still set").isTrue();
        assertThat(api.get("/api/v1/audit", admin).body()).contains("password not set");
    }

    @Test
    void aStaleChangeIsAConflictAndADuplicateAddressIsRefused() {
        long id = api.post("/api/v1/mailboxes", admin, mailbox()).json().path("id").asLong();
        Map<String, Object> first = mailbox();
        first.put("version", 1);
        first.put("name", "First");
        assertThat(put("/api/v1/mailboxes/" + id, first).status()).isEqualTo(200);

        Map<String, Object> stale = mailbox();
        stale.put("version", 1);
        ApiResponse conflict = put("/api/v1/mailboxes/" + id, stale);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.isProblem()).isTrue();

        ApiResponse duplicate = api.post("/api/v1/mailboxes", admin, mailbox());
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().path("errors").findValuesAsText("field")).containsExactly("address");
        assertThat(put("/api/v1/mailboxes/" + id, body("name", "x")).status()).as("a change needs every field and its version").isEqualTo(400);
    }

    @Test
    void aMailboxWithoutMailsCanBeRemoved() {
        long id = api.post("/api/v1/mailboxes", admin, mailbox()).json().path("id").asLong();
        assertThat(api.send("DELETE", "/api/v1/mailboxes/" + id, admin, null, null).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/mailboxes/" + id, admin).status()).isEqualTo(404);
    }

    @Test
    void everyChangeIsInTheChangeLogForAdministratorsOnlyAndWithoutPasswords() {
        long seqBefore = api.get("/api/v1/sync?after=0&limit=1000", admin).as(ChangePage.class).next();
        long id = api.post("/api/v1/mailboxes", admin, mailbox()).json().path("id").asLong();
        Map<String, Object> change = mailbox();
        change.put("name", "Support desk");
        change.put("version", 1);
        assertThat(put("/api/v1/mailboxes/" + id, change).status()).isEqualTo(200);
        assertThat(api.send("DELETE", "/api/v1/mailboxes/" + id, admin, null, null).status()).isEqualTo(204);

        ApiResponse adminPage = api.get("/api/v1/sync?after=" + seqBefore, admin);
        List<Change> changes = adminPage.as(ChangePage.class).changes().stream().filter(c -> c.entity().equals(Mailbox.ENTITY)).toList();
        assertThat(changes).extracting(c -> c.op().name() + " " + c.entityId()).containsExactly("UPSERT " + id, "UPSERT " + id, "DELETE " + id);
        assertThat(changes.get(1).data().path("name").asText()).isEqualTo("Support desk");
        assertThat(changes.get(1).data().path("imapPasswordSet").asBoolean()).isTrue();
        assertThat(adminPage.body()).doesNotContain("the imap secret").doesNotContain("the smtp secret");
        for (String reader : List.of("carol", "alice")) {
            assertThat(api.get("/api/v1/sync?after=" + seqBefore, backend.token(reader)).as(ChangePage.class).changes())
                    .as(reader + " is no administrator").noneMatch(c -> c.entity().equals(Mailbox.ENTITY));
        }
    }

    private ApiResponse put(String path, Map<String, Object> body) {
        try {
            return api.send("PUT", path, admin, dev.switchboard.shared.json.Json.mapper().writeValueAsString(body), ApiClient.JSON);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
