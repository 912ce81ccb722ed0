package dev.switchboard.server.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.server.testing.TestBackend;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VisitorSimulatorTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();

    @Test
    void simulatedVisitorsBrowseLikePeopleOverTheWidgetProtocol() {
        ApiClient api = backend.api();
        String alice = api.token("alice", TestBackend.PASSWORD);
        URI url = URI.create(api.baseUrl());
        // fast readers, so that they move between pages within the test
        VisitorSimulator.Options options = new VisitorSimulator.Options(url, url.resolve("/demo/"), "default", 12, 40, 42);
        try (VisitorSimulator simulator = new VisitorSimulator(options)) {
            simulator.start();
            Set<String> channels = new HashSet<>();
            Set<String> devices = new HashSet<>();
            int listed = Polling.await("30 page views of at least 5 visitors from 2 channels").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50)).until(() -> {
                        JsonNode visitors = api.get("/api/v1/visitors", alice).json();
                        visitors.forEach(v -> {
                            channels.add(v.path("source").path("channel").asText());
                            devices.add(v.path("device").path("type").asText());
                        });
                        return visitors.size();
                    }, seen -> simulator.pageViews() >= 30 && channels.size() >= 2 && seen >= 5);
            assertThat(listed).isGreaterThanOrEqualTo(5);
            assertThat(simulator.pageViews()).as("visitors move from page to page").isGreaterThanOrEqualTo(30);
            assertThat(channels).as("sources vary").hasSizeGreaterThanOrEqualTo(2);
            assertThat(devices).doesNotContain("unknown");
            assertThat(simulator.failures()).isZero();
        }
    }

    @Test
    void simulatedVisitorsSeePushesSoTheDemosCountsMove() {
        ApiClient api = backend.api();
        String carol = api.token("carol", TestBackend.PASSWORD);
        URI url = URI.create(api.baseUrl());
        VisitorSimulator.Options options = new VisitorSimulator.Options(url, url.resolve("/demo/"), "default", 6, 40, 7);
        try (VisitorSimulator simulator = new VisitorSimulator(options)) {
            simulator.start();
            String everyone = "{\"conditions\":{\"site\":\"default\"}}";
            Polling.await("simulated visitors online").atMost(Duration.ofSeconds(30)).until(() -> api.send("POST", "/api/v1/push/preview",
                    carol, everyone, ApiClient.JSON).json().path("matching").asInt() >= 3);
            long id = api.send("POST", "/api/v1/push/messages", carol,
                    "{\"conditions\":{\"site\":\"default\"},\"kind\":\"MESSAGE\",\"text\":\"今天全场包邮\"}", ApiClient.JSON)
                    .json().path("id").asLong();
            Polling.await("the push seen by simulated visitors").atMost(Duration.ofSeconds(30)).until(
                    () -> api.get("/api/v1/push/messages/" + id, carol).json().path("counts").path("shown").asInt(), shown -> shown >= 1);
            assertThat(simulator.failures()).isZero();
        }
    }
}
