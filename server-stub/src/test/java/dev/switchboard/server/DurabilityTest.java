package dev.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.infra.AdjustableClock;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ServerProcess;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.sync.ChangePage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the backend acknowledged survives a clean restart, SIGTERM and kill -9. */
class DurabilityTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().startedByTheTest();
    final Path data = backend.dataDir();

    @Test
    void aRestartKeepsDataAndTheChangeLogGoesOnIncreasing() {
        backend.start();
        ApiClient api = backend.api();
        String admin = api.token("admin", TestBackend.PASSWORD);
        ApiResponse created = api.post("/api/v1/agents", admin,
                Map.of("login", "dora", "displayName", "Dora 朵拉", "password", "dora-secret-1", "role", "AGENT"));
        assertThat(created.status()).isEqualTo(201);
        long seqBefore = api.get("/api/v1/sync?after=0&limit=1000", admin).as(ChangePage.class).next();

        backend.restart();

        assertThat(api.get("/api/v1/agents", admin).status()).as("sessions survive a restart").isEqualTo(200);
        String dora = api.token("dora", "dora-secret-1");
        assertThat(api.get("/api/v1/auth/me", dora).json().path("displayName").asText()).isEqualTo("Dora 朵拉");
        api.post("/api/v1/groups", admin, Map.of("name", "After restart"));
        ChangePage after = api.get("/api/v1/sync?after=" + seqBefore, admin).as(ChangePage.class);
        assertThat(after.changes()).isNotEmpty();
        assertThat(after.changes().get(0).seq()).isGreaterThan(seqBefore);
    }

    @Test
    void killMinus9LosesNothingAcknowledged() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        String password;
        try (ServerProcess process = ServerProcess.start(data)) {
            ApiClient api = new ApiClient("http://localhost:" + process.awaitPort());
            password = process.awaitAdminPassword();
            String admin = api.token("admin", password);
            for (int i = 0; i < 150; i++) {
                String name = "Crash group " + i;
                assertThat(api.post("/api/v1/groups", admin, Map.of("name", name)).status()).isEqualTo(201);
                acknowledged.add(name);
            }
            process.kill();
        }

        TestBackend restarted = backend.start(config -> config.withDemo(false).withClock(new AdjustableClock(Instant.now())));
        ApiClient again = restarted.api();
        String token = again.token("admin", password);
        List<String> names = new ArrayList<>();
        again.get("/api/v1/groups", token).json().forEach(group -> names.add(group.path("name").asText()));
        assertThat(names).containsAll(acknowledged);
        long groupChanges = again.get("/api/v1/sync?after=0&limit=1000", token).as(ChangePage.class).changes().stream()
                .filter(change -> change.entity().equals("group")).count();
        assertThat(groupChanges).isEqualTo(acknowledged.size());
    }

    @Test
    void sigtermShutsDownGracefullyAndTheAdminPasswordNeverReachesTheLog() throws Exception {
        String password;
        try (ServerProcess first = ServerProcess.start(data)) {
            ApiClient api = new ApiClient("http://localhost:" + first.awaitPort());
            password = first.awaitAdminPassword();
            assertThat(api.post("/api/v1/groups", api.token("admin", password), Map.of("name", "Before SIGTERM")).status()).isEqualTo(201);

            int exit = first.terminate();
            assertThat(first.output()).as("exit %d", exit).anyMatch(line -> line.contains("stopped"));
            assertThat(exit).isIn(0, 143);
            assertThat(first.output()).noneMatch(line -> line.contains("Exception")).noneMatch(line -> line.contains(password));
        }
        try (ServerProcess second = ServerProcess.start(data)) {
            ApiClient api = new ApiClient("http://localhost:" + second.awaitPort());
            String token = api.token("admin", password);
            assertThat(api.get("/api/v1/groups", token).body()).contains("Before SIGTERM");
            assertThat(second.output()).noneMatch(line -> line.contains("password:"));
            second.terminate();
        }
    }
}
