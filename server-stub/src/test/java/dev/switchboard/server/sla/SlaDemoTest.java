package dev.switchboard.server.sla;

import static dev.switchboard.server.sla.SlaFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.sla.SlaTarget;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo backend's policies: seeded once, counted in the demo's business hours (09:00-21:00 in Shanghai). */
class SlaDemoTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().with(config -> config.withDemoSettings(true));

    @Test
    void theDemoSeedsAVipPolicyAroundTheClockAndAStandardOneInTheGroupsHoursOnce() {
        String admin = backend.token("admin");
        JsonNode policies = backend.api().get("/api/v1/sla-policies", admin).json();
        assertThat(policies.findValuesAsText("name")).containsExactly("VIP 紧急 urgent, 24/7", "标准 Standard");
        long afterSales = backend.api().get("/api/v1/groups", admin).json().findParents("name").stream()
                .filter(group -> group.path("name").asText().equals("售后 After-sales")).findFirst().orElseThrow().path("id").asLong();

        Instant evening = at("2027-03-01T20:30:00");
        SlaTicket normal = new SlaTicket(evening, new SlaFacts("NORMAL", List.of(), null, afterSales, "EMAIL"), List.of());
        assertThat(backend.server().ticketSla().evaluate(normal, evening).target(SlaTarget.FIRST_RESPONSE).orElseThrow().dueAt())
                .as("30 minutes tonight, 90 tomorrow from 09:00").isEqualTo(at("2027-03-02T10:30:00"));
        SlaTicket vip = new SlaTicket(evening, new SlaFacts("URGENT", List.of(), "vip", afterSales, "CHAT"), List.of());
        assertThat(backend.server().ticketSla().evaluate(vip, evening).target(SlaTarget.FIRST_RESPONSE).orElseThrow().dueAt())
                .isEqualTo(at("2027-03-01T21:00:00"));

        backend.restart(config -> config.withDemoSettings(true));
        assertThat(backend.api().get("/api/v1/sla-policies", backend.token("admin")).json()).as("seeded once").hasSize(2);
    }
}
