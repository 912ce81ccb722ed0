package dev.switchboard.server.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class RegionLookupTest {

    /** Rows in the IP2Location LITE DB3 layout: integer ranges, country code and name, region, city. */
    static final String CSV = """
            "0","16777215","-","-","-","-"
            "16777216","16777471","AU","Australia","Queensland","South Brisbane"
            "2130706432","2147483647","CN","China","Shanghai","Shanghai"
            "3232235520","3232301055","-","-","-","-"
            "3758096384","3758096639","CN","China","Guangdong","Shenzhen"
            """;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().startedByTheTest();
    @TempDir
    Path dir;

    @Test
    void addressesFindTheirRange() throws IOException {
        RegionLookup lookup = RegionLookup.load(write());

        assertThat(lookup.regionOf("1.0.0.7")).contains("South Brisbane, Queensland, Australia");
        assertThat(lookup.regionOf("127.0.0.1")).contains("Shanghai, China");
        assertThat(lookup.regionOf("224.0.0.200")).contains("Shenzhen, Guangdong, China");
        assertThat(lookup.regionOf("192.168.1.1")).as("placeholder rows name no region").isEmpty();
        assertThat(lookup.regionOf("8.8.8.8")).as("between ranges").isEmpty();
        assertThat(lookup.regionOf("::1")).isEmpty();
        assertThat(lookup.regionOf("not an address")).isEmpty();
        assertThat(RegionLookup.NONE.regionOf("1.0.0.7")).isEmpty();
    }

    @Test
    void visitorsGetTheirRegionWhenADatabaseIsConfigured() throws IOException {
        Path regions = write();
        backend.start(config -> config.withRegionDatabase(regions));
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Home", null)) {
            String alice = backend.api().token("alice", TestBackend.PASSWORD);
            JsonNode detail = backend.api().get("/api/v1/visitors/" + visitor.visitorId(), alice).json();
            assertThat(detail.path("visitor").path("region").asText()).isEqualTo("Shanghai, China");
            assertThat(detail.path("address").asText()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void withoutADatabaseAgentsSeeTheAddressAloneAndOnlyInTheVisitorsDetails() {
        backend.start();
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Home", null)) {
            String alice = backend.api().token("alice", TestBackend.PASSWORD);
            JsonNode detail = backend.api().get("/api/v1/visitors/" + visitor.visitorId(), alice).json();
            assertThat(detail.path("address").asText()).isEqualTo("127.0.0.1");
            assertThat(detail.path("visitor").has("region")).isFalse();
            assertThat(backend.api().get("/api/v1/visitors", alice).body()).as("not in the list every workstation gets")
                    .contains(visitor.visitorId()).doesNotContain("127.0.0.1");
        }
    }

    private Path write() throws IOException {
        return Files.writeString(dir.resolve("IP2LOCATION-LITE-DB3.CSV"), CSV);
    }
}
