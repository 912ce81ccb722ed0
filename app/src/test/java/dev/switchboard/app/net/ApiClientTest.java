package dev.switchboard.app.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST client's reading of answers and failures, against a scripted HTTP server. */
class ApiClientTest {

    private HttpServer http;
    private ServerUrl server;
    private final ApiClient api = new ApiClient();
    private final Map<String, String> lastHeaders = new ConcurrentHashMap<>();

    @BeforeEach
    void startServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.start();
        server = ServerUrl.parse("http://127.0.0.1:" + http.getAddress().getPort());
    }

    @AfterEach
    void stopServer() {
        http.stop(0);
        api.close();
    }

    private void answer(String path, int status, String contentType, String body, Map<String, String> headers) {
        http.createContext(path, exchange -> {
            exchange.getRequestHeaders().forEach((name, values) -> lastHeaders.put(name.toLowerCase(), values.get(0)));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
    }

    private static String problem(ProblemType type, String detail) {
        return ProtocolJson.write(Problem.of(type, detail));
    }

    @Test
    void acceptsAServerOfTheSameProtocolAndToleratesNewFields() {
        answer("/api/v1/health", 200, "application/json",
                "{\"status\":\"ok\",\"version\":\"0.1.0\",\"protocol\":1,\"uptimeSeconds\":5}", Map.of());

        assertThat(api.checkCompatible(server).version()).isEqualTo("0.1.0");
    }

    @Test
    void refusesAServerOfAnotherProtocol() {
        answer("/api/v1/health", 200, "application/json", "{\"status\":\"ok\",\"version\":\"9.0\",\"protocol\":2}", Map.of());

        assertThatThrownBy(() -> api.checkCompatible(server))
                .isInstanceOfSatisfying(IncompatibleServerException.class, e -> {
                    assertThat(e.serverProtocol()).isEqualTo(2);
                    assertThat(e.serverVersion()).isEqualTo("9.0");
                });
    }

    @Test
    void somethingElseAtTheAddressIsNotTakenForASwitchboardServer() {
        answer("/", 404, "text/html", "<html>nginx</html>", Map.of());

        assertThatThrownBy(() -> api.checkCompatible(server)).isInstanceOf(UnexpectedResponseException.class);
    }

    @Test
    void wrongPasswordIsATypedProblem() {
        answer("/api/v1/auth/login", 401, Problem.MEDIA_TYPE, problem(ProblemType.BAD_CREDENTIALS, "no"), Map.of());

        assertThatThrownBy(() -> api.login(server, new LoginRequest("alice", "wrong")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.is(ProblemType.BAD_CREDENTIALS)).isTrue();
                    assertThat(e.problem().status()).isEqualTo(401);
                    assertThat(e.getMessage()).doesNotContain("wrong");
                });
    }

    @Test
    void throttlingCarriesRetryAfter() {
        answer("/api/v1/auth/login", 429, Problem.MEDIA_TYPE, problem(ProblemType.TOO_MANY_ATTEMPTS, "wait"),
                Map.of("Retry-After", "840"));

        assertThatThrownBy(() -> api.login(server, new LoginRequest("alice", "x")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).contains(ProblemType.TOO_MANY_ATTEMPTS);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(840));
                });
    }

    @Test
    void anErrorWithoutProblemDocumentStillSaysTheStatus() {
        answer("/api/v1/auth/login", 502, "text/html", "<html>Bad gateway</html>", Map.of());

        assertThatThrownBy(() -> api.login(server, new LoginRequest("alice", "x")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEmpty();
                    assertThat(e.problem().status()).isEqualTo(502);
                });
    }

    @Test
    void logoutSendsTheBearerToken() {
        answer("/api/v1/auth/logout", 204, "application/json", "", Map.of());

        api.logout(server, "tok-123");

        assertThat(lastHeaders).containsEntry("authorization", "Bearer tok-123");
    }

    @Test
    void aCallEncodesEachSegmentAsOneSendsBytesAsTheyAreAndReadsBytesAsSent() {
        Map<String, String> seen = new ConcurrentHashMap<>();
        byte[] answer = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'i', 'd'};
        http.createContext("/api/v1/visitors", exchange -> {
            seen.put("path", exchange.getRequestURI().getRawPath());
            seen.put("query", exchange.getRequestURI().getRawQuery());
            seen.put("type", exchange.getRequestHeaders().getFirst("Content-Type"));
            seen.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
            exchange.getResponseHeaders().add("Content-Type", "text/csv");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });

        byte[] read = api.send(server, "tok", "POST", ApiPath.of("visitors", "a/b c", "files").query("name", "x&y=z").query("skip", null),
                new byte[] {1, 2, 3}, byte[].class);

        assertThat(read).containsExactly(answer);
        assertThat(seen).containsEntry("path", "/api/v1/visitors/a%2Fb%20c/files").containsEntry("query", "name=x%26y%3Dz")
                .containsEntry("type", "application/octet-stream").containsEntry("body", "\u0001\u0002\u0003");
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        ServerUrl nobody = ServerUrl.parse("http://127.0.0.1:" + freePort);

        assertThatThrownBy(() -> api.checkCompatible(nobody)).isInstanceOf(ServerUnreachableException.class);
    }
}
