package dev.switchboard.server.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.Backend;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.sla.SlaTarget;
import dev.switchboard.shared.sla.SlaTargetClock;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** SLA policies, business hours and the clock for the tests of tickets' SLAs, in Shanghai time. */
final class SlaSetup {

    static final String POLICIES = "/api/v1/sla-policies";
    /** Monday to Friday, 09:00-18:00 in Shanghai. */
    static final String WEEKDAYS_NINE_TO_SIX = """
            {"timeZone":"Asia/Shanghai","weekly":[
              {"day":"MONDAY","opens":"09:00","closes":"18:00"},{"day":"TUESDAY","opens":"09:00","closes":"18:00"},
              {"day":"WEDNESDAY","opens":"09:00","closes":"18:00"},{"day":"THURSDAY","opens":"09:00","closes":"18:00"},
              {"day":"FRIDAY","opens":"09:00","closes":"18:00"}]}""";

    private final Backend backend;
    private final ApiClient api;

    SlaSetup(Backend backend) {
        this.backend = backend;
        this.api = backend.api();
    }

    /** An instant given as Shanghai's local date and time. */
    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    /** Moves the backend's clock forward to {@code instant}. */
    void moveTo(Instant instant) {
        Duration ahead = Duration.between(backend.clock().instant(), instant);
        assertThat(ahead.isNegative()).as("the clock only moves forward").isFalse();
        backend.clock().advance(ahead);
    }

    /** Creates a policy from name-value pairs (see {@code NewSlaPolicy}); answers its id. */
    long policy(String name, Object... fields) {
        ApiResponse response = api.post(POLICIES, admin(), Tickets.body(join(name, fields)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    void replacePolicy(long id, String name, Object... fields) {
        ApiResponse response = api.send("PUT", POLICIES + "/" + id, admin(), Json.mapper().valueToTree(Tickets.body(join(name, fields))).toString(),
                ApiClient.JSON);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    void weekdayHours(long groupId) {
        ApiResponse response = api.send("PUT", "/api/v1/groups/" + groupId + "/business-hours", admin(), WEEKDAYS_NINE_TO_SIX, ApiClient.JSON);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** A fresh token: tests move the clock past a session's idle time. */
    String admin() {
        return backend.token("admin");
    }

    /**
     * Runs the SLA scheduler now and answers what the ticket's history says was announced so far. The
     * history, not the run's count: the backend's own half-minute timer may have run in between.
     */
    List<String> announcedAfterRun(long ticketId, String token) {
        backend.server().runSlaSchedulerNow();
        return history(ticketId, token).stream().filter(entry -> entry.field().equals("sla")).map(TicketHistoryEntry::toValue).toList();
    }

    List<TicketHistoryEntry> history(long ticketId, String token) {
        ApiResponse response = api.get("/api/v1/tickets/" + ticketId + "/history", token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return Arrays.asList(response.as(TicketHistoryEntry[].class));
    }

    static SlaTargetClock clock(Ticket ticket, SlaTarget target) {
        assertThat(ticket.sla()).as("the ticket's SLA").isNotNull();
        return ticket.sla().targets().stream().filter(clock -> clock.target() == target).findFirst()
                .orElseThrow(() -> new AssertionError("no " + target + " clock in " + ticket.sla()));
    }

    private static Object[] join(String name, Object... fields) {
        Object[] all = new Object[fields.length + 2];
        all[0] = "name";
        all[1] = name;
        System.arraycopy(fields, 0, all, 2, fields.length);
        return all;
    }
}
