package dev.switchboard.server.intake;

import static dev.switchboard.server.intake.Forms.body;
import static dev.switchboard.server.intake.Forms.file;
import static dev.switchboard.server.intake.Forms.valid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.infra.TrustedProxies;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketAttachment;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.forms.WebForm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /api/v1/forms/{key}/submissions}: a good form makes one ticket of channel web form
 * (also when sent twice), bad input is a clear 4xx naming the field and stores nothing at all, and
 * one address can send only so many.
 */
class WebFormSubmissionTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest()
            .with(config -> config.withTrustedProxies(TrustedProxies.parse("127.0.0.1, ::1")));
    final String admin = backend.token("admin");
    final Forms forms = new Forms(backend.api(), admin);
    /** Each test's visitor comes from an address of its own, so the limit per address is the rate test's only. */
    final ApiClient visitor = backend.api().forwardedFor("203.0.113.7");
    private int addresses;

    @Test
    void aFilledFormBecomesOneTicketOfTheFormsCategoryAndGroupWithItsFiles() {
        WebForm form = forms.setUp("support");
        Map<String, Object> sent = valid();
        Map<String, Object> values = new LinkedHashMap<>(Map.of("product", "A3", "quantity", 2, "purchase_date", "2026-11-30",
                "colours", List.of("white"), "gift", true, "order_number", "A-8841"));
        sent.put("customFields", values);
        sent.put("attachments", List.of(file("receipt.png", Forms.PNG)));
        sent.put("idempotencyKey", "k-1");

        ApiResponse answer = visitor.post("/api/v1/forms/support/submissions", null, sent);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String number = answer.json().path("number").asText();
        assertThat(number).matches("T-\\d{8}-\\d{4}");

        Ticket ticket = forms.byNumber(number);
        assertThat(ticket.channel()).isEqualTo(TicketChannel.WEB_FORM);
        assertThat(ticket.categoryId()).isEqualTo(Forms.INQUIRY);
        assertThat(ticket.groupId()).isEqualTo(form.groupId());
        assertThat(ticket.createdBy()).as("made by nobody").isNull();
        assertThat(ticket.subject()).isEqualTo("Filter for my A3");
        assertThat(ticket.requester().email()).isEqualTo("li.lei@example.com");
        assertThat(ticket.requester().name()).isEqualTo("Li Lei");
        assertThat(ticket.customFields()).containsEntry("product", "A3").containsEntry("gift", true).containsEntry("colours", List.of("white"));
        ApiResponse files = backend.api().get("/api/v1/tickets/" + ticket.id() + "/attachments", admin);
        assertThat(files.status()).as(files.body()).isEqualTo(200);
        TicketAttachment[] attached = files.as(TicketAttachment[].class);
        assertThat(attached).hasSize(1);
        assertThat(attached[0].mediaType()).isEqualTo("image/png");
        assertThat(attached[0].commentId()).isNull();
        assertThat(backend.api().get("/api/v1/ticket-attachments/" + attached[0].id(), admin).status()).isEqualTo(200);

        ApiResponse again = visitor.post("/api/v1/forms/support/submissions", null, sent);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().path("number").asText()).as("a double submit makes one ticket").isEqualTo(number);
        assertThat(forms.tickets()).hasSize(1);
        assertThat(Forms.storedFiles(backend.dataDir())).hasSize(1);
    }

    @Test
    void badInputIsAClearProblemNamingTheFieldAndStoresNothing() {
        WebForm form = forms.setUp("support");
        List<String> problems = new ArrayList<>();
        refused(problems, "missing required custom field", 400, "customFields.quantity", s -> custom(s).remove("quantity"));
        refused(problems, "not one of the options", 400, "customFields.product", s -> custom(s).put("product", "A9"));
        refused(problems, "a number as text", 400, "customFields.quantity", s -> custom(s).put("quantity", "two"));
        refused(problems, "not a day", 400, "customFields.purchase_date", s -> custom(s).put("purchase_date", "30.11.2026"));
        refused(problems, "unknown field", 400, "customFields.nope", s -> custom(s).put("nope", "x"));
        refused(problems, "a field of another category", 400, "customFields.complaint_code", s -> custom(s).put("complaint_code", "C-1"));
        refused(problems, "no contact", 400, "email", s -> s.remove("email"));
        refused(problems, "a broken e-mail address", 400, "email", s -> s.put("email", "li.lei@"));
        refused(problems, "no subject", 400, "subject", s -> s.put("subject", " "));
        refused(problems, "a file too large", 413, "attachments[0]",
                s -> s.put("attachments", List.of(file("big.txt", new byte[(int) (2 * 1024 * 1024) + 1]))));
        refused(problems, "a program", 415, "attachments[1]",
                s -> s.put("attachments", List.of(file("ok.png", Forms.PNG), file("setup.png", "MZ\u0090\u0000 program".getBytes()))));
        refused(problems, "a script by its name", 415, "attachments[0]", s -> s.put("attachments", List.of(file("run.exe", "hello".getBytes()))));
        refused(problems, "too many files", 400, "attachments", s -> s.put("attachments", List.of(file("a.png", Forms.PNG),
                file("b.png", Forms.PNG), file("c.png", Forms.PNG), file("d.png", Forms.PNG))));
        refused(problems, "not base64", 400, "attachments[0]", s -> s.put("attachments", List.of(body("name", "a.png", "content", "%%%"))));
        assertThat(problems).as("each refusal was what was expected").isEmpty();

        ApiResponse unknownProperty = visitor.send("POST", "/api/v1/forms/support/submissions", null,
                "{\"subject\":\"s\",\"email\":\"a@example.com\",\"admin\":true}", ApiClient.JSON);
        assertThat(unknownProperty.status()).as(unknownProperty.body()).isEqualTo(400);
        ApiResponse tooLarge = visitor.send("POST", "/api/v1/forms/support/submissions", null,
                "{\"subject\":\"" + "x".repeat((int) WebFormRoutes.BODY_MAX) + "\"}", ApiClient.JSON);
        assertThat(tooLarge.status()).as("a body beyond any form's size").isEqualTo(413);
        assertThat(visitor.send("POST", "/api/v1/forms/support/submissions", null, "subject=x", okhttp3.MediaType.get("text/plain"))
                .status()).isEqualTo(415);
        assertThat(visitor.post("/api/v1/forms/nosuchform/submissions", null, valid()).status()).as("unknown key").isEqualTo(404);
        assertThat(backend.api().get("/api/v1/forms/nosuchform", null).status()).isEqualTo(404);

        ApiResponse disabled = backend.api().send("PUT", "/api/v1/web-forms/" + form.id(), admin, json(body("key", "support", "site", "default",
                "title", "Support", "categoryId", Forms.INQUIRY, "fieldKeys", form.fieldKeys(), "enabled", false, "version", form.version())),
                ApiClient.JSON);
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(visitor.post("/api/v1/forms/support/submissions", null, valid()).status()).as("a disabled form").isEqualTo(404);
        assertThat(backend.api().get("/forms/support", null).status()).isEqualTo(404);

        assertThat(forms.tickets()).as("no ticket was made").isEmpty();
        assertThat(Forms.storedFiles(backend.dataDir())).as("no file was kept, nor a part of one").isEmpty();
        assertThat(backend.api().get("/api/v1/tickets?text=Filter", admin).json().path("total").asLong()).isZero();
    }

    @Test
    void oneAddressSendsOnlySoManyForms() {
        forms.setUp("support");
        for (int i = 0; i < IntakeFeature.SUBMISSIONS; i++) {
            Map<String, Object> sent = valid();
            sent.put("idempotencyKey", "rate-" + i);
            assertThat(visitor.post("/api/v1/forms/support/submissions", null, sent).status()).isEqualTo(201);
        }
        ApiResponse refused = visitor.post("/api/v1/forms/support/submissions", null, valid());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().get("Retry-After")).isNotNull();
        assertThat(backend.api().forwardedFor("198.51.100.9").post("/api/v1/forms/support/submissions", null, valid()).status())
                .as("another address is not held back").isEqualTo(201);
        assertThat(forms.tickets()).hasSize(IntakeFeature.SUBMISSIONS + 1);
    }

    @Test
    void administratorsDefineFormsFromTheirCategorysFields() {
        forms.setUp("support");
        ApiClient api = backend.api();
        ApiResponse foreign = api.post("/api/v1/web-forms", admin, body("key", "other", "site", "default", "title", "Other",
                "categoryId", Forms.INQUIRY, "fieldKeys", List.of("complaint_code")));
        assertThat(errorFields(foreign)).containsExactly("fieldKeys");
        ApiResponse bad = api.post("/api/v1/web-forms", admin, body("key", "Bad Key", "site", "nowhere", "title", "", "categoryId", 999,
                "groupId", 999));
        assertThat(errorFields(bad)).containsExactlyInAnyOrder("key", "site", "title", "categoryId", "groupId");
        assertThat(errorFields(api.post("/api/v1/web-forms", admin, body("key", "support", "site", "default", "title", "Again"))))
                .containsExactly("key");
        WebForm plain = api.post("/api/v1/web-forms", admin, body("key", "plain", "site", "default", "title", "Plain")).as(WebForm.class);
        assertThat(api.send("PUT", "/api/v1/web-forms/" + plain.id(), admin, json(body("key", "plain", "site", "default", "title", "Stale",
                "version", plain.version() + 5)), ApiClient.JSON).status()).as("a stale version").isEqualTo(409);
        assertThat(api.post("/api/v1/web-forms", backend.token("carol"), body("key", "x1", "site", "default", "title", "X")).status())
                .as("supervisors do not define forms").isEqualTo(403);

        JsonNode definition = api.get("/api/v1/forms/plain", null).json();
        assertThat(definition.path("fields").findValuesAsText("key")).as("the required fields of every ticket only").isEmpty();
        JsonNode support = api.get("/api/v1/forms/support", null).json();
        assertThat(support.path("fields").findValuesAsText("key"))
                .containsExactly("product", "quantity", "order_number", "purchase_date", "colours", "gift");
    }

    private void refused(List<String> problems, String what, int status, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> sent = valid();
        sent.put("customFields", new LinkedHashMap<>(custom(sent)));
        change.accept(sent);
        // each from an address of its own: the limit per address is not what this test is about
        ApiResponse answer = backend.api().forwardedFor("192.0.2." + (problems.size() + ++addresses)).post("/api/v1/forms/support/submissions",
                null, sent);
        List<String> fields = answer.isProblem() ? errorFields(answer) : List.of();
        if (answer.status() != status || !fields.contains(field)) {
            problems.add(what + ": expected " + status + " naming " + field + ", got " + answer.status() + " " + answer.body());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> custom(Map<String, Object> submission) {
        return (Map<String, Object>) submission.get("customFields");
    }

    private static List<String> errorFields(ApiResponse answer) {
        return answer.json().path("errors").findValuesAsText("field");
    }

    private static String json(Object body) {
        try {
            return dev.switchboard.shared.json.Json.mapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
