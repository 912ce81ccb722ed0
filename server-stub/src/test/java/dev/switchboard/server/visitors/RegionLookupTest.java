package dev.switchboard.server.visitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.VisitorClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void anIp2RegionXdbFileGivesChineseRegions() throws IOException {
        Path xdb = XdbFile.write(dir.resolve("ip2region_v4.xdb"), List.of(
                new XdbFile.Range("1.0.0.0", "1.0.0.255", "澳大利亚|0|0|0|0"),
                new XdbFile.Range("127.0.0.0", "127.255.255.255", "中国|0|上海|上海市|电信"),
                new XdbFile.Range("192.168.0.0", "192.168.255.255", "0|0|0|内网IP|内网IP"),
                new XdbFile.Range("224.0.0.0", "224.0.2.255", "中国|广东省|深圳市|移动|CN")));
        RegionLookup lookup = RegionLookup.load(xdb);

        assertThat(lookup.regionOf("127.0.0.1")).contains("上海市, 上海, 中国");
        assertThat(lookup.regionOf("127.200.3.4")).as("a range over many /16 blocks").contains("上海市, 上海, 中国");
        assertThat(lookup.regionOf("1.0.0.7")).contains("澳大利亚");
        assertThat(lookup.regionOf("224.0.1.9")).as("the newer data's layout").contains("深圳市, 广东省, 中国");
        assertThat(lookup.regionOf("192.168.1.1")).contains("内网IP");
        assertThat(lookup.regionOf("8.8.8.8")).as("not in the file").isEmpty();
        assertThat(lookup.regionOf("::1")).isEmpty();

        backend.start(config -> config.withRegionDatabase(xdb));
        try (VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/", "Home", null)) {
            String alice = backend.api().token("alice", TestBackend.PASSWORD);
            JsonNode detail = backend.api().get("/api/v1/visitors/" + visitor.visitorId(), alice).json();
            assertThat(detail.path("visitor").path("region").asText()).isEqualTo("上海市, 上海, 中国");
        }
    }

    @Test
    void anIpv6XdbFileIsRefusedWithAReason() throws IOException {
        byte[] header = new byte[256 + 256 * 256 * 8];
        header[0] = 3;
        header[16] = 6;
        Path v6 = Files.write(dir.resolve("ip2region_v6.xdb"), header);

        assertThatThrownBy(() -> RegionLookup.load(v6)).hasMessageContaining("take ip2region_v4.xdb");
    }

    private Path write() throws IOException {
        return Files.writeString(dir.resolve("IP2LOCATION-LITE-DB3.CSV"), CSV);
    }
}
