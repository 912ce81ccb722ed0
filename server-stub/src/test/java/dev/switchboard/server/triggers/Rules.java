package dev.switchboard.server.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.tickets.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The calls the trigger and schedule tests make, bodies written as the JSON a client sends. */
final class Rules {

    static final String TRIGGERS = "/api/v1/ticket-triggers";
    static final String SCHEDULES = "/api/v1/ticket-schedules";
    /** The demo groups as a fresh test backend has them. */
    static final long PRESALES = 1;
    static final long AFTERSALES = 2;

    private final ApiClient api;
    private final Supplier<String> signIn;
    private String admin;

    /** @param signIn signs the administrator in, answering the session's token */
    Rules(ApiClient api, Supplier<String> signIn) {
        this.api = api;
        this.signIn = signIn;
        this.admin = signIn.get();
    }

    /** A new session, for a test that moved the clock past the old one's idle time. */
    void signInAgain() {
        admin = signIn.get();
    }

    JsonNode trigger(Map<String, Object> body) {
        ApiResponse response = api.post(TRIGGERS, admin, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    JsonNode schedule(Map<String, Object> body) {
        ApiResponse response = api.post(SCHEDULES, admin, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    void chainDepth(int depth) {
        JsonNode settings = api.get(TRIGGERS + "/settings", admin).json();
        ApiResponse changed = put(TRIGGERS + "/settings", Map.of("chainDepth", depth,
                "notificationsPerHour", settings.path("notificationsPerHour").asInt(), "version", settings.path("version").asLong()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    ApiResponse put(String path, Object body) {
        return api.send("PUT", path, admin, Json.mapper().valueToTree(body).toString(), ApiClient.JSON);
    }

    Ticket ticket(String subject, String priority) {
        ApiResponse response = api.post("/api/v1/tickets", admin, body("subject", subject, "groupId", PRESALES, "priority", priority,
                "requester", Map.of("name", "Customer", "email", "customer@example.com")));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.as(Ticket.class);
    }

    Ticket get(long id) {
        return api.get("/api/v1/tickets/" + id, admin).as(Ticket.class);
    }

    Ticket patch(long id, Object... pairs) {
        Map<String, Object> body = body(pairs);
        body.put("version", get(id).version());
        ApiResponse response = api.patch("/api/v1/tickets/" + id, admin, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.as(Ticket.class);
    }

    /** The history rows of a ticket as "field by rule" (rule null: a person), in order. */
    List<String> history(long id) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : api.get("/api/v1/tickets/" + id + "/history", admin).json()) {
            rows.add(row.path("field").asText() + " by " + (row.hasNonNull("rule") ? row.path("rule").asText() : "a person"));
        }
        return rows;
    }

    JsonNode comments(long id) {
        return api.get("/api/v1/tickets/" + id + "/comments", admin).json();
    }

    static Map<String, Object> condition(String field, String operator, String... values) {
        return body("field", field, "operator", operator, "values", List.of(values));
    }

    static Map<String, Object> set(String field, Object value) {
        return body("type", "SET", "field", field, "value", value);
    }

    static Map<String, Object> tags(String type, String... tags) {
        return body("type", type, "values", List.of(tags));
    }

    static Map<String, Object> text(String type, String text) {
        return body("type", type, "text", text);
    }

    /** A JSON object of name-value pairs, nulls kept. */
    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }
}
