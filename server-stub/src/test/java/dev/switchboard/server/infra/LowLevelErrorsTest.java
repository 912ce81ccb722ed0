package dev.switchboard.server.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.RawHttp;
import dev.switchboard.shared.json.Json;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests that Jetty refuses before any route sees them (bad encoding, huge headers, a broken
 * request line, an overlong URI, an unknown method) answer a problem document like every other
 * error, not Jetty's HTML page. Sent byte for byte over a plain socket: an HTTP client library
 * would refuse to send most of them.
 */
class LowLevelErrorsTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perClass();

    static Stream<Arguments> lowLevelRefusals() {
        return Stream.of(
                Arguments.of("bad percent-encoding", "GET /api/v1/%zz HTTP/1.1\r\nHost: localhost\r\n", 400),
                Arguments.of("bad percent-encoding outside the API", "GET /demo/%zz HTTP/1.1\r\nHost: localhost\r\n", 400),
                Arguments.of("a 20 KB header", "GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "x".repeat(20 * 1024) + "\r\n", 431),
                Arguments.of("a 20 KB URI", "GET /api/v1/" + "x".repeat(20 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n", 414),
                Arguments.of("a broken request line", "GET\r\nHost: localhost\r\n", 400),
                Arguments.of("an unknown HTTP version", "GET /api/v1/health HTTP/7.0\r\nHost: localhost\r\n", 505),
                Arguments.of("a method name with bad characters", "G(T /api/v1/health HTTP/1.1\r\nHost: localhost\r\n", 400),
                Arguments.of("no Host header", "GET /api/v1/health HTTP/1.1\r\n", 400),
                Arguments.of("bad percent-encoding in a PUT", "PUT /api/v1/%zz HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n", 400),
                Arguments.of("a method nobody knows", "BREW /api/v1/health HTTP/1.1\r\nHost: localhost\r\n", 405));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lowLevelRefusals")
    void answersAProblemDocument(String what, String head, int status) throws IOException {
        RawHttp.Response response = RawHttp.exchange(backend.server().port(), head + "Connection: close\r\n\r\n");

        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.headers().get("content-type")).as(response.toString()).startsWith("application/problem+json");
        JsonNode problem = Json.mapper().readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("<html").doesNotContain("Exception").doesNotContain("x".repeat(100));
        assertThat(response.headers().get("x-content-type-options")).isEqualTo("nosniff");
    }
}
