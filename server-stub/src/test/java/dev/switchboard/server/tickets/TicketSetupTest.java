package dev.switchboard.server.tickets;

import static dev.switchboard.server.tickets.Tickets.PRESALES;
import static dev.switchboard.server.tickets.Tickets.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketField;
import dev.switchboard.shared.tickets.TicketStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What administrators set up for tickets: the category tree, statuses, custom fields; and how tickets follow it. */
class TicketSetupTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final Tickets tickets = new Tickets(api);
    final String alice = backend.token("alice");
    final String admin = backend.token("admin");

    @Test
    void theSeededCategoriesAndStatusesAreThere() {
        assertThat(api.get("/api/v1/ticket-categories", alice).as(TicketCategory[].class))
                .extracting(TicketCategory::nameZh, TicketCategory::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("咨询", "Inquiry"), org.assertj.core.groups.Tuple.tuple("投诉", "Complaint"),
                        org.assertj.core.groups.Tuple.tuple("故障", "Fault"), org.assertj.core.groups.Tuple.tuple("建议", "Suggestion"));
        assertThat(api.get("/api/v1/ticket-statuses", alice).as(TicketStatus[].class))
                .extracting(TicketStatus::key).containsExactly("new", "open", "pending", "on_hold", "solved", "closed");
    }

    @Test
    void categoriesFormATreeThatStaysATree() {
        ApiResponse top = api.post("/api/v1/ticket-categories", admin, Map.of("name", "Billing", "nameZh", "账单"));
        assertThat(top.status()).as(top.body()).isEqualTo(201);
        TicketCategory billing = top.as(TicketCategory.class);
        assertThat(billing.parentId()).isNull();
        assertThat(billing.position()).as("last at the top").isEqualTo(5);
        TicketCategory refunds = api.post("/api/v1/ticket-categories", admin, Map.of("parentId", billing.id(), "name", "Refunds", "nameZh", "退款"))
                .as(TicketCategory.class);
        assertThat(refunds.position()).as("first below its parent").isEqualTo(1);

        ApiResponse loop = api.send("PUT", "/api/v1/ticket-categories/" + billing.id(), admin,
                "{\"parentId\":" + refunds.id() + ",\"name\":\"Billing\",\"nameZh\":\"账单\",\"version\":1}", ApiClient.JSON);
        assertThat(loop.status()).isEqualTo(400);
        assertThat(loop.json().path("errors").get(0).path("field").asText()).isEqualTo("parentId");
        ApiResponse disabled = api.send("PUT", "/api/v1/ticket-categories/" + refunds.id(), admin,
                "{\"parentId\":" + billing.id() + ",\"name\":\"Refunds\",\"nameZh\":\"退款\",\"enabled\":false,\"version\":1}", ApiClient.JSON);
        assertThat(disabled.as(TicketCategory.class).enabled()).isFalse();
        ApiResponse stale = api.send("PUT", "/api/v1/ticket-categories/" + refunds.id(), admin,
                "{\"parentId\":" + billing.id() + ",\"name\":\"Refunds\",\"nameZh\":\"退款\",\"version\":1}", ApiClient.JSON);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.post("/api/v1/tickets", alice, body("subject", "x", "categoryId", refunds.id(), "requester", Map.of("email", "x@example.com")))
                .json().path("errors").get(0).path("field").asText()).as("a disabled category takes no new tickets").isEqualTo("categoryId");
        assertThat(api.post("/api/v1/ticket-categories", admin, Map.of("name", "", "nameZh", "空")).status()).isEqualTo(400);
    }

    @Test
    void anAddedStatusMovesAsItsKindAndKeepsKeyAndKind() {
        ApiResponse created = api.post("/api/v1/ticket-statuses", admin,
                Map.of("key", "waiting_parts", "name", "Waiting for parts", "nameZh", "等待配件", "kind", "WAITING", "pausesSla", true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        TicketStatus parts = created.as(TicketStatus.class);
        assertThat(parts.builtIn()).isFalse();
        assertThat(parts.pausesSla()).isTrue();
        assertThat(api.post("/api/v1/ticket-statuses", admin, Map.of("key", "waiting_parts", "name", "Again", "nameZh", "再", "kind", "OPEN"))
                .status()).isEqualTo(409);

        Ticket ticket = tickets.create(alice, "Needs a part", PRESALES, "part@example.com");
        assertThat(tickets.patch(alice, ticket.id(), body("version", 1, "status", "waiting_parts")).status()).isEqualTo(200);
        assertThat(tickets.patch(alice, ticket.id(), body("version", 2, "status", "closed")).status()).as("waiting is not solved").isEqualTo(400);

        ApiResponse kindChange = api.send("PUT", "/api/v1/ticket-statuses/waiting_parts", admin,
                "{\"key\":\"waiting_parts\",\"name\":\"Parts\",\"nameZh\":\"配件\",\"kind\":\"OPEN\",\"version\":1}", ApiClient.JSON);
        assertThat(kindChange.status()).isEqualTo(400);
        TicketStatus renamed = api.send("PUT", "/api/v1/ticket-statuses/open", admin,
                "{\"key\":\"open\",\"name\":\"In progress\",\"nameZh\":\"处理中\",\"kind\":\"OPEN\",\"pausesSla\":false,\"version\":1}", ApiClient.JSON)
                .as(TicketStatus.class);
        assertThat(renamed.name()).isEqualTo("In progress");
        assertThat(renamed.kind()).isEqualTo(StatusKind.OPEN);
        assertThat(api.post("/api/v1/ticket-statuses", alice, Map.of("key", "mine", "name", "Mine", "nameZh", "我的", "kind", "OPEN")).status())
                .isEqualTo(403);
    }

    @Test
    void customFieldsAreCheckedOnCreateAndChangeByTypeCategoryAndRequirement() {
        TicketField model = field(Map.of("key", "model", "name", "Model", "nameZh", "型号", "type", "DROPDOWN", "options", List.of("A1", "A3", "A7"),
                "required", true, "categoryId", 3));
        field(Map.of("key", "purchased", "name", "Purchased on", "nameZh", "购买日期", "type", "DATE"));
        field(Map.of("key", "units", "name", "Units", "nameZh", "数量", "type", "NUMBER"));
        field(Map.of("key", "parts", "name", "Parts", "nameZh", "配件", "type", "MULTI_SELECT", "options", List.of("dock", "brush")));
        field(Map.of("key", "callback", "name", "Call back", "nameZh", "回电", "type", "CHECKBOX"));
        assertThat(model.options()).containsExactly("A1", "A3", "A7");
        assertThat(api.post("/api/v1/ticket-fields", admin, Map.of("key", "bad", "name", "Bad", "nameZh", "坏", "type", "DROPDOWN")).status())
                .as("a dropdown needs options").isEqualTo(400);

        ApiResponse missing = api.post("/api/v1/tickets", alice, body("subject", "Broken", "groupId", PRESALES, "categoryId", 3,
                "requester", Map.of("email", "f@example.com"), "customFields", Map.of("purchased", "2026-13-01", "units", "two",
                        "parts", List.of("dock", "dock"), "callback", "yes", "colour", "red")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("customFields.purchased",
                "customFields.units", "customFields.parts", "customFields.callback", "customFields.colour", "customFields.model");

        Ticket fault = tickets.create(alice, body("subject", "Broken", "groupId", PRESALES, "categoryId", 3,
                "requester", Map.of("email", "f@example.com"), "customFields", Map.of("model", "A7", "purchased", "2026-11-02", "units", 2,
                        "parts", List.of("dock"), "callback", true)));
        assertThat(fault.customFields()).containsEntry("model", "A7").containsEntry("units", 2).containsEntry("callback", true);
        ApiResponse notForInquiries = api.post("/api/v1/tickets", alice, body("subject", "Question", "groupId", PRESALES, "categoryId", 1,
                "requester", Map.of("email", "q@example.com"), "customFields", Map.of("model", "A7")));
        assertThat(notForInquiries.json().path("errors").get(0).path("field").asText()).as("model is a field of faults only")
                .isEqualTo("customFields.model");

        assertThat(api.post("/api/v1/tickets", alice, body("subject", "Null colour", "requester", Map.of("email", "nc@example.com"),
                "customFields", body("colour", null))).json().path("errors").get(0).path("field").asText())
                .as("an unknown field is refused on create even with a null value").isEqualTo("customFields.colour");

        ApiResponse cleared = tickets.patch(alice, fault.id(), body("version", 1, "customFields", body("model", null)));
        assertThat(cleared.status()).as("required").isEqualTo(400);
        ApiResponse unknown = tickets.patch(alice, fault.id(), body("version", 1, "customFields", body("colour", null)));
        assertThat(unknown.status()).as("an unknown field, even cleared").isEqualTo(400);
        Ticket changed = tickets.patch(alice, fault.id(), body("version", 1, "customFields", body("model", "A3", "units", null))).as(Ticket.class);
        assertThat(changed.customFields()).containsEntry("model", "A3").doesNotContainKey("units");
        assertThat(api.get("/api/v1/tickets/" + fault.id() + "/history", alice).json().findValuesAsText("field"))
                .contains("customFields.model", "customFields.units");
    }

    private TicketField field(Map<String, Object> body) {
        ApiResponse created = api.post("/api/v1/ticket-fields", admin, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.as(TicketField.class);
    }
}
