package dev.switchboard.server.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPage;
import java.util.LinkedHashMap;
import java.util.Map;

/** The ticket calls the tests make, with bodies written as the JSON a client would send. */
final class Tickets {

    /** The demo groups as a fresh test backend has them. */
    static final long PRESALES = 1;
    static final long AFTERSALES = 2;
    static final long VIP = 3;

    private final ApiClient api;

    Tickets(ApiClient api) {
        this.api = api;
    }

    /** A ticket of a group, for a requester by e-mail; 201 or the test fails. */
    Ticket create(String token, String subject, long groupId, String email) {
        return create(token, body("subject", subject, "groupId", groupId, "requester", Map.of("name", "Customer", "email", email)));
    }

    Ticket create(String token, Map<String, Object> body) {
        ApiResponse response = api.post("/api/v1/tickets", token, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.as(Ticket.class);
    }

    ApiResponse patch(String token, long id, Map<String, Object> body) {
        return api.patch("/api/v1/tickets/" + id, token, body);
    }

    Ticket get(String token, long id) {
        ApiResponse response = api.get("/api/v1/tickets/" + id, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.as(Ticket.class);
    }

    TicketPage list(String token, String query) {
        ApiResponse response = api.get("/api/v1/tickets" + (query.isEmpty() ? "" : "?" + query), token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.as(TicketPage.class);
    }

    /** A JSON object of name-value pairs, nulls kept (a patch's null clears a field). */
    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }
}
