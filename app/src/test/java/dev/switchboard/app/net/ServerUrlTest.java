package dev.switchboard.app.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ServerUrlTest {

    @Test
    void normalizesWhatAgentsType() {
        assertThat(ServerUrl.parse("http://localhost:8080/").toString()).isEqualTo("http://localhost:8080");
        assertThat(ServerUrl.parse("  sb.example.com:9000 ").toString()).isEqualTo("http://sb.example.com:9000");
        assertThat(ServerUrl.parse("HTTPS://sb.example.com").toString()).isEqualTo("https://sb.example.com");
    }

    @Test
    void derivesRestAndWebSocketAddresses() {
        ServerUrl plain = ServerUrl.parse("http://localhost:8080");
        assertThat(plain.api("/api/v1/health")).isEqualTo(URI.create("http://localhost:8080/api/v1/health"));
        assertThat(plain.webSocket("/ws/agent")).isEqualTo(URI.create("ws://localhost:8080/ws/agent"));
        assertThat(ServerUrl.parse("https://sb.example.com").webSocket("/ws/agent"))
                .isEqualTo(URI.create("wss://sb.example.com/ws/agent"));
    }

    @Test
    void refusesWhatIsNoServerAddress() {
        assertThatThrownBy(() -> ServerUrl.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerUrl.parse("ftp://host")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerUrl.parse("http://host/some/path")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerUrl.parse("http://")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServerUrl.parse("http://ho st")).isInstanceOf(IllegalArgumentException.class);
    }
}
