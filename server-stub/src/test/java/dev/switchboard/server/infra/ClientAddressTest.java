package dev.switchboard.server.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the client's address is read from a connection and its {@code X-Forwarded-For}. */
class ClientAddressTest {

    final ClientAddress behindProxies = new ClientAddress(TrustedProxies.parse("127.0.0.1, 10.0.0.0/8 fd00::/8"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddress direct = new ClientAddress(TrustedProxies.NONE);
        assertThat(direct.resolve("198.51.100.4", List.of("203.0.113.9"))).isEqualTo("198.51.100.4");
        assertThat(direct.resolve("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("127.0.0.1");
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddress() {
        assertThat(behindProxies.resolve("198.51.100.4", List.of("203.0.113.9"))).isEqualTo("198.51.100.4");
        assertThat(behindProxies.resolve("11.0.0.1", List.of("10.0.0.5"))).as("just outside 10/8").isEqualTo("11.0.0.1");
    }

    @Test
    void theNearestUntrustedHopIsTheClient() {
        assertThat(behindProxies.resolve("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        // the client wrote the leftmost entry itself; the proxies appended the rest
        assertThat(behindProxies.resolve("127.0.0.1", List.of("1.2.3.4, 203.0.113.9, 10.1.2.3"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.resolve("127.0.0.1", List.of("1.2.3.4", "203.0.113.9 ,10.1.2.3"))).as("several headers")
                .isEqualTo("203.0.113.9");
        assertThat(behindProxies.resolve("127.0.0.1", List.of("10.0.0.7, 10.0.0.8"))).as("only proxies: the farthest").isEqualTo("10.0.0.7");
        assertThat(behindProxies.resolve("127.0.0.1", List.of())).as("no header: the proxy itself").isEqualTo("127.0.0.1");
    }

    @Test
    void ipv6AndPortsAreUnderstood() {
        assertThat(behindProxies.resolve("fd00::1", List.of("2001:db8::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(behindProxies.resolve("0:0:0:0:0:0:0:1", List.of("2001:db8::7"))).as("::1 is not trusted here")
                .isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(behindProxies.resolve("127.0.0.1", List.of("[2001:db8::7]:4711"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(behindProxies.resolve("127.0.0.1", List.of("203.0.113.9:8080"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.resolve("127.0.0.1", List.of("::ffff:203.0.113.9"))).as("IPv4 in IPv6").isEqualTo("203.0.113.9");
    }

    @Test
    void malformedValuesNeverWinAndNeverCauseALookup() {
        assertThat(behindProxies.resolve("127.0.0.1", List.of("evil.example.com"))).isEqualTo("127.0.0.1");
        assertThat(behindProxies.resolve("127.0.0.1", List.of("unknown, 10.0.0.3"))).isEqualTo("10.0.0.3");
        assertThat(behindProxies.resolve("127.0.0.1", List.of("999.1.1.1"))).isEqualTo("127.0.0.1");
        assertThat(behindProxies.resolve("127.0.0.1", List.of(""))).isEqualTo("127.0.0.1");
        assertThat(behindProxies.resolve("127.0.0.1", List.of(",,, ,"))).isEqualTo("127.0.0.1");
        assertThat(behindProxies.resolve("127.0.0.1", List.of("1.2.3.4\u0000"))).isEqualTo("127.0.0.1");
        assertThat(behindProxies.resolve("127.0.0.1", List.of("10.0.0.1, ".repeat(1000) + "10.0.0.2"))).as("a long chain is cut")
                .startsWith("10.0.0.");
    }

    @Test
    void badSettingsAreExplained() {
        assertThat(TrustedProxies.parse(" ").isEmpty()).isTrue();
        assertThat(TrustedProxies.parse("192.168.0.0/16,::1").toString()).isEqualTo("192.168.0.0/16,::1");
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.internal")).hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("0 to 32");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.1:80")).hasMessageContaining("10.0.0.1:80");
        assertThatThrownBy(() -> TrustedProxies.parse("fd00::/x")).hasMessageContaining("0 to 128");
    }
}
