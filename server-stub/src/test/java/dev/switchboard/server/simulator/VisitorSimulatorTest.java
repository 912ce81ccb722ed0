package dev.switchboard.server.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.TestBackend;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitorSimulatorTest {

    @TempDir
    Path data;

    @Test
    void simulatedVisitorsBrowseLikePeopleOverTheWidgetProtocol() {
        try (TestBackend backend = TestBackend.start(data)) {
            ApiClient api = backend.api();
            String alice = api.token("alice", TestBackend.PASSWORD);
            URI url = URI.create(api.baseUrl());
            // fast readers, so that they move between pages within the test
            VisitorSimulator.Options options = new VisitorSimulator.Options(url, url.resolve("/demo/"), "default", 12, 40, 42);
            try (VisitorSimulator simulator = new VisitorSimulator(options)) {
                simulator.start();
                long deadline = System.nanoTime() + 30_000_000_000L;
                Set<String> channels = new HashSet<>();
                Set<String> devices = new HashSet<>();
                int listed = 0;
                while (System.nanoTime() < deadline && (simulator.pageViews() < 30 || channels.size() < 2 || listed < 5)) {
                    JsonNode visitors = api.get("/api/v1/visitors", alice).json();
                    listed = visitors.size();
                    visitors.forEach(v -> {
                        channels.add(v.path("source").path("channel").asText());
                        devices.add(v.path("device").path("type").asText());
                    });
                    LockSupport.parkNanos(50_000_000);
                }
                assertThat(listed).isGreaterThanOrEqualTo(5);
                assertThat(simulator.pageViews()).as("visitors move from page to page").isGreaterThanOrEqualTo(30);
                assertThat(channels).as("sources vary").hasSizeGreaterThanOrEqualTo(2);
                assertThat(devices).doesNotContain("unknown");
                assertThat(simulator.failures()).isZero();
            }
        }
    }
}
