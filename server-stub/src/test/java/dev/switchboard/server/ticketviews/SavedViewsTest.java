package dev.switchboard.server.ticketviews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.tickets.together.SavedView;
import dev.switchboard.shared.tickets.together.ViewVisibility;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Saved ticket views: personal ones for anyone, shared ones by supervisors (their groups) and administrators; versions; bad input. */
class SavedViewsTest {

    private static final long PRESALES = 1;
    private static final long AFTERSALES = 2;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String bob = backend.token("bob");
    final String carol = backend.token("carol");
    final String admin = backend.token("admin");

    @Test
    void aPersonalViewIsItsOwnersOnlyAndChangesFromItsVersion() {
        SavedView made = create(alice, view("Urgent mine", "PERSONAL", null, null)).as(SavedView.class);
        assertThat(made.visibility()).isEqualTo(ViewVisibility.PERSONAL);
        assertThat(made.conditions().priorities()).extracting(Enum::name).containsExactly("URGENT");
        assertThat(made.columns()).containsExactly("number", "subject", "priority");
        assertThat(made.version()).isEqualTo(1);
        assertThat(names(alice)).containsExactly("Urgent mine");
        assertThat(names(bob)).as("nobody else sees it").isEmpty();
        assertThat(names(admin)).as("not even an administrator: it is personal").isEmpty();

        Map<String, Object> renamed = view("Urgent, mine", "PERSONAL", null, null);
        renamed.put("version", 1);
        ApiResponse changed = put(alice, made.id(), renamed);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.as(SavedView.class).version()).isEqualTo(2);
        assertThat(put(alice, made.id(), renamed).status()).as("made from version 1 again: stale").isEqualTo(409);
        assertThat(put(bob, made.id(), renamed).status()).as("another agent's view does not exist for bob").isEqualTo(404);
        assertThat(delete(bob, made.id()).status()).isEqualTo(404);
        assertThat(delete(alice, made.id()).status()).isEqualTo(204);
        assertThat(names(alice)).isEmpty();
    }

    @Test
    void sharedViewsAreMadeBySupervisorsForTheirGroupsAndByAdministrators() {
        assertThat(create(alice, view("Team", "GROUP", null, PRESALES)).status()).as("agents keep personal views only").isEqualTo(403);
        assertThat(create(carol, view("Everyone", "ROLE", "AGENT", null)).status()).as("a role is the administrators' to share with")
                .isEqualTo(403);
        ApiResponse aftersales = create(carol, view("Aftersales queue", "GROUP", null, AFTERSALES));
        assertThat(aftersales.status()).as(aftersales.body()).isEqualTo(201);
        ApiResponse everyone = create(admin, view("Everyone's urgent", "ROLE", "AGENT", null));
        assertThat(everyone.status()).as(everyone.body()).isEqualTo(201);
        ApiResponse supervisors = create(admin, view("Supervisors only", "ROLE", "SUPERVISOR", null));
        assertThat(supervisors.status()).isEqualTo(201);

        assertThat(names(bob)).as("bob is in aftersales").containsExactly("Aftersales queue", "Everyone's urgent");
        assertThat(names(alice)).as("alice is not").containsExactly("Everyone's urgent");
        assertThat(names(carol)).containsExactly("Aftersales queue", "Everyone's urgent", "Supervisors only");

        SavedView shared = aftersales.as(SavedView.class);
        Map<String, Object> changed = view("Aftersales, renamed", "GROUP", null, AFTERSALES);
        changed.put("version", shared.version());
        assertThat(put(bob, shared.id(), changed).status()).as("bob sees it but may not change it").isEqualTo(403);
        assertThat(delete(bob, shared.id()).status()).isEqualTo(403);
        assertThat(put(carol, shared.id(), changed).status()).isEqualTo(200);
        assertThat(delete(alice, everyone.as(SavedView.class).id()).status()).isEqualTo(403);
        assertThat(delete(admin, shared.id()).status()).isEqualTo(204);
        assertThat(names(bob)).containsExactly("Everyone's urgent");
        ApiResponse audit = api.get("/api/v1/audit/search?action=ticketView.", admin);
        assertThat(audit.body()).as("shared views' changes are audited").contains("ticketView.create", "ticketView.update", "ticketView.delete");
    }

    @Test
    void badViewsAreRefusedFieldByField() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("name", " ");
        bad.put("conditions", Map.of("assignee", "someone", "sla", "soon"));
        bad.put("columns", List.of("number", "colour"));
        bad.put("sort", "-mood");
        bad.put("groupBy", "weather");
        bad.put("visibility", "GROUP");
        ApiResponse refused = create(alice, bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name", "columns", "sort", "groupBy", "conditions.assignee", "conditions.sla", "groupId");
        bad.put("visibility", "EVERYONE");
        assertThat(create(alice, bad).status()).as("an unknown visibility").isEqualTo(400);
        assertThat(names(alice)).isEmpty();
    }

    private Map<String, Object> view(String name, String visibility, String role, Long groupId) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", name);
        view.put("conditions", Map.of("priorities", List.of("URGENT"), "statuses", List.of("new", "open")));
        view.put("columns", List.of("number", "subject", "priority"));
        view.put("sort", "-updatedAt");
        view.put("groupBy", "priority");
        view.put("visibility", visibility);
        view.put("role", role);
        view.put("groupId", groupId);
        return view;
    }

    private List<String> names(String token) {
        ApiResponse listed = api.get("/api/v1/ticket-views", token);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return Arrays.stream(listed.as(SavedView[].class)).map(SavedView::name).toList();
    }

    private ApiResponse create(String token, Map<String, Object> body) {
        return api.post("/api/v1/ticket-views", token, body);
    }

    private ApiResponse put(String token, long id, Map<String, Object> body) {
        return api.send("PUT", "/api/v1/ticket-views/" + id, token, json(body), ApiClient.JSON);
    }

    private ApiResponse delete(String token, long id) {
        return api.send("DELETE", "/api/v1/ticket-views/" + id, token, null, null);
    }

    private static String json(Object body) {
        return Json.mapper().valueToTree(body).toString();
    }
}
