package dev.switchboard.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.audit.AuditEntry;
import dev.switchboard.shared.audit.AuditPage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An administrator finds who changed what: by actor, by action or target prefix, by time, a page at a time. */
class AuditSearchTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String carol = backend.token("carol");
    final long aliceId = api.get("/api/v1/auth/me", backend.token("alice")).json().path("id").asLong();
    final long carolId = api.get("/api/v1/auth/me", carol).json().path("id").asLong();

    @Test
    void entriesAreFoundByActorActionPrefixAndTargetNewestFirstWithTheActorsName() {
        setStatus(carol, "AWAY", "跟进培训");
        backend.clock().advance(Duration.ofMinutes(5));
        Instant between = backend.clock().instant();
        backend.clock().advance(Duration.ofMinutes(5));
        setStatus(admin, "BUSY", "handles a complaint");
        setStatus(carol, "ONLINE", null);

        AuditPage byCarol = search("?actorId=" + carolId);
        assertThat(byCarol.entries()).extracting(AuditEntry::detail).satisfiesExactly(
                newest -> assertThat(newest).contains("status=ONLINE"),
                oldest -> assertThat(oldest).contains("status=AWAY", "跟进培训"));
        assertThat(byCarol.entries()).extracting(AuditEntry::actorName).containsOnly("Carol 陈静");

        assertThat(search("?action=agent.&target=agent:" + aliceId).entries()).hasSize(3);
        assertThat(search("?action=agent%25").entries()).as("LIKE's wildcards are plain characters").isEmpty();
        assertThat(search("?action=chat.").entries()).isEmpty();
        assertThat(search("?action=agent.status&from=" + between).entries()).extracting(AuditEntry::detail)
                .allSatisfy(detail -> assertThat(detail).doesNotContain("AWAY")).hasSize(2);
        assertThat(search("?action=agent.status&to=" + between).entries()).hasSize(1);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        for (int i = 0; i < 5; i++) {
            setStatus(carol, i % 2 == 0 ? "BUSY" : "ONLINE", "round " + i);
        }
        List<Long> seen = new ArrayList<>();
        AuditPage page = search("?action=agent.status&limit=2");
        seen.addAll(page.entries().stream().map(AuditEntry::id).toList());
        while (page.nextBefore() != null) {
            page = search("?action=agent.status&limit=2&before=" + page.nextBefore());
            seen.addAll(page.entries().stream().map(AuditEntry::id).toList());
        }
        assertThat(seen).hasSize(5).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void badSearchesAreRefusedWithTheFieldAndOnlyAdministratorsSearch() {
        assertRefused("?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", "to");
        assertRefused("?from=yesterday", "from");
        assertRefused("?action=" + "x".repeat(101), "action");
        assertRefused("?limit=0", "limit");
        assertThat(api.get("/api/v1/audit/search", carol).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit/search", null).status()).isEqualTo(401);
    }

    private void setStatus(String token, String status, String note) {
        String body = note == null ? "{\"status\":\"" + status + "\"}" : "{\"status\":\"" + status + "\",\"note\":\"" + note + "\"}";
        ApiResponse set = api.send("PUT", "/api/v1/agents/" + aliceId + "/status", token, body, ApiClient.JSON);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    private AuditPage search(String query) {
        ApiResponse response = api.get("/api/v1/audit/search" + query, admin);
        assertThat(response.status()).as(query + ": " + response.body()).isEqualTo(200);
        return response.as(AuditPage.class);
    }

    private void assertRefused(String query, String field) {
        ApiResponse response = api.get("/api/v1/audit/search" + query, admin);
        assertThat(response.status()).as(query).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
    }
}
