package dev.switchboard.server.intake;

import static dev.switchboard.server.intake.Forms.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangePage;
import dev.switchboard.shared.tickets.forms.WebForm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Administrators' side of web forms: every create, change and delete is in the change log, which
 * only administrators hear; a deleted form's page is gone, its key free again, and the audit log
 * keeps who removed it.
 */
class WebFormAdministrationTest {

    private static final String FORMS = "/api/v1/web-forms";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");

    @Test
    void everyChangeIsInTheChangeLogForAdministratorsOnly() {
        long seqBefore = api.get("/api/v1/sync?after=0&limit=1000", admin).as(ChangePage.class).next();
        WebForm made = api.post(FORMS, admin, body("key", "returns", "site", "default", "title", "Returns")).as(WebForm.class);
        ApiResponse changed = api.send("PUT", FORMS + "/" + made.id(), admin,
                json(body("key", "returns", "site", "default", "title", "Returns 退货", "version", made.version())), ApiClient.JSON);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(api.send("DELETE", FORMS + "/" + made.id(), admin, null, null).status()).isEqualTo(204);

        List<Change> changes = api.get("/api/v1/sync?after=" + seqBefore, admin).as(ChangePage.class).changes().stream()
                .filter(change -> change.entity().equals(WebForm.ENTITY)).toList();
        assertThat(changes).extracting(change -> change.op().name() + " " + change.entityId())
                .containsExactly("UPSERT " + made.id(), "UPSERT " + made.id(), "DELETE " + made.id());
        assertThat(changes.get(1).data().path("title").asText()).isEqualTo("Returns 退货");
        for (String reader : List.of("carol", "alice")) {
            assertThat(api.get("/api/v1/sync?after=" + seqBefore, backend.token(reader)).as(ChangePage.class).changes())
                    .as(reader + " is no administrator").noneMatch(change -> change.entity().equals(WebForm.ENTITY));
        }
    }

    @Test
    void aDeletedFormIsGoneForVisitorsItsKeyIsFreeAndTheAuditLogKeepsIt() {
        WebForm made = api.post(FORMS, admin, body("key", "returns", "site", "default", "title", "Returns")).as(WebForm.class);
        assertThat(api.get("/forms/returns", null).status()).isEqualTo(200);
        assertThat(api.send("DELETE", FORMS + "/" + made.id(), backend.token("carol"), null, null).status())
                .as("supervisors do not remove forms").isEqualTo(403);

        assertThat(api.send("DELETE", FORMS + "/" + made.id(), admin, null, null).status()).isEqualTo(204);

        assertThat(api.get("/forms/returns", null).status()).isEqualTo(404);
        assertThat(api.get(FORMS + "/" + made.id(), admin).status()).isEqualTo(404);
        assertThat(api.send("DELETE", FORMS + "/" + made.id(), admin, null, null).status()).as("already gone").isEqualTo(404);
        assertThat(api.post(FORMS, admin, body("key", "returns", "site", "default", "title", "Returns again")).status())
                .as("the key is free again").isEqualTo(201);
        JsonNode audit = api.get("/api/v1/audit", admin).json();
        assertThat(audit.findValuesAsText("action")).contains("web-form.delete");
        assertThat(audit.findValuesAsText("target")).contains("web-form:" + made.id());
    }

    private static String json(Object body) {
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
