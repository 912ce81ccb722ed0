package dev.switchboard.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint, and every message type of the agent socket, against every kind of caller. A row
 * says what each caller gets; a new endpoint or message type is not done until it has its row
 * here, and the tests below hold the rows against what the server registered.
 */
class RoleMatrixTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perClass();
    static ApiClient api;
    static final Map<String, String> TOKENS = new HashMap<>();
    static final AtomicInteger UNIQUE = new AtomicInteger();

    @BeforeAll
    static void start() {
        api = backend.api();
        TOKENS.put("AGENT", api.token("alice", TestBackend.PASSWORD));
        TOKENS.put("SUPERVISOR", api.token("carol", TestBackend.PASSWORD));
        TOKENS.put("ADMIN", api.token("admin", TestBackend.PASSWORD));
    }


    /** An agent-socket message that was applied: answered {@code ack}, as 200 is for HTTP. */
    static final int ACK = 200;

    /**
     * type, payload, and what the socket answers it for: AGENT, SUPERVISOR, ADMIN ({@link #ACK}, or
     * the status of the {@code error}'s problem). Nobody gets no socket at all (see {@code WS /ws/agent}).
     */
    static Stream<Arguments> socketMatrix() {
        return Stream.of(
                message(MessageTypes.SYNC_SUBSCRIBE, "{\"after\":0}", ACK, ACK, ACK),
                message(MessageTypes.STATUS_SET, "{\"status\":\"ONLINE\"}", ACK, ACK, ACK),
                message(MessageTypes.VISITORS_SUBSCRIBE, null, ACK, ACK, ACK),
                message("chat.message", "{\"conversationId\":999,\"clientId\":\"x\",\"text\":\"hi\"}", 404, 404, 404),
                message("chat.resume", "{\"conversationId\":999,\"after\":0}", 404, 404, 404),
                message("chat.end", "{\"conversationId\":999}", 404, 404, 404),
                message("chat.typing", "{\"conversationId\":999,\"typing\":true}", 404, 404, 404),
                message("chat.read", "{\"conversationId\":999,\"seq\":1}", 404, 404, 404),
                message("chat.delivered", "{\"conversationId\":999,\"seq\":1}", 404, 404, 404),
                message("chat.transfer", "{\"conversationId\":999,\"toGroupId\":1}", 404, 404, 404),
                message("chat.assist", "{\"conversationId\":999,\"agentId\":2}", 404, 404, 404),
                message("chat.accept", "{\"conversationId\":999}", 409, 409, 409),
                message("chat.decline", "{\"conversationId\":999}", 409, 409, 409),
                message("chat.watch", "{\"conversationId\":999}", 403, 404, 404),
                // leaving a chat one does not watch changes nothing, whoever asks
                message("chat.unwatch", "{\"conversationId\":999}", ACK, ACK, ACK),
                // internal chat between agents (issue 11)
                message("team.message", "{\"conversationId\":999,\"clientId\":\"x\",\"text\":\"hi\"}", 404, 404, 404),
                message("team.resume", "{\"conversationId\":999,\"after\":0}", 404, 404, 404),
                message("team.read", "{\"conversationId\":999,\"seq\":1}", 404, 404, 404),
                // a colleague typing in the team chat (issue 11, workstation gaps)
                message("team.typing", "{\"conversationId\":999,\"typing\":true}", 404, 404, 404),
                // who works which chat (issue 11): taking from the queue, a supervisor's assignment and take-over
                message("chat.take", "{\"conversationId\":999}", 409, 409, 409),
                message("chat.assign", "{\"conversationId\":999,\"agentId\":2}", 403, 409, 409),
                message("chat.takeOver", "{\"conversationId\":999}", 403, 404, 404),
                // issue 13, working the queue together: who views and replies on a ticket one sees
                message("ticket.viewing", "{\"ticketId\":999,\"viewing\":true,\"replying\":false}", 404, 404, 404));
    }

    private static Arguments message(String type, String payload, int agent, int supervisor, int admin) {
        return Arguments.of(type, payload, Map.of("AGENT", agent, "SUPERVISOR", supervisor, "ADMIN", admin));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.switchboard.server.auth.RoleMatrixRows#matrix")
    void eachCallerGetsWhatTheirRoleAllows(String method, String path, String body, Map<String, Integer> expected) {
        for (String caller : new String[] {"nobody", "AGENT", "SUPERVISOR", "ADMIN"}) {
            String token = caller.equals("nobody") ? null : tokenFor(caller, path);
            if (method.equals("WS")) {
                try (SocketClient socket = SocketClient.connect(backend.wsUrl(path), token)) {
                    assertThat(socket.openStatus()).as("upgrade to %s as %s", path, caller).isEqualTo(expected.get(caller));
                }
                continue;
            }
            ApiResponse response = api.send(method, path, token, concrete(body), ApiClient.JSON);
            assertThat(response.status()).as("%s %s as %s: %s", method, path, caller, response.body())
                    .isEqualTo(expected.get(caller));
            if (response.status() >= 400) {
                assertThat(response.isProblem()).as("error answers are problem documents").isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("socketMatrix")
    void eachCallerGetsWhatTheirRoleAllowsOnTheAgentSocket(String type, String payload, Map<String, Integer> expected)
            throws JsonProcessingException {
        for (String caller : new String[] {"AGENT", "SUPERVISOR", "ADMIN"}) {
            // a socket of its own: some messages are taken once per socket (sync.subscribe)
            try (SocketClient socket = SocketClient.connect(backend.wsUrl(dev.switchboard.shared.ws.AgentSocket.PATH), TOKENS.get(caller))) {
                socket.await(MessageTypes.WELCOME);
                String id = socket.send(type, payload == null ? null : Json.mapper().readTree(payload));
                Envelope answer = socket.await(envelope -> (MessageTypes.ACK.equals(envelope.type()) || MessageTypes.ERROR.equals(envelope.type()))
                        && id.equals(envelope.payload().path("ref").asText()), "the answer to " + type);
                int got = MessageTypes.ACK.equals(answer.type()) ? ACK : answer.payload().path("problem").path("status").asInt();
                assertThat(got).as("%s as %s: %s", type, caller, answer.payload()).isEqualTo(expected.get(caller));
            }
        }
    }

    @Test
    void everyRegisteredEndpointHasARowAndEveryRowStillHasItsEndpoint() {
        List<HttpApi.Endpoint> endpoints = backend.server().endpoints();
        Map<String, Optional<HttpApi.Endpoint>> rows = RoleMatrixRows.matrix().collect(Collectors.toMap(
                row -> row.get()[0] + " " + row.get()[1], row -> endpointOf(endpoints, (String) row.get()[0], (String) row.get()[1])));
        Set<HttpApi.Endpoint> covered = rows.values().stream().flatMap(Optional::stream).collect(Collectors.toSet());
        assertSoftly(softly -> {
            softly.assertThat(endpoints.stream().filter(endpoint -> !covered.contains(endpoint)).map(endpoint -> endpoint.method() + " " + endpoint.path()))
                    .as("endpoints without a row in the matrix").isEmpty();
            softly.assertThat(rows.keySet().stream().filter(row -> rows.get(row).isEmpty()).sorted())
                    .as("rows whose endpoint no longer exists").isEmpty();
        });
    }

    @Test
    void everyAgentSocketMessageTypeHasARowAndEveryRowStillHasItsType() {
        Set<String> types = backend.server().agentMessageTypes();
        Set<String> rows = socketMatrix().map(row -> (String) row.get()[0]).collect(Collectors.toSet());
        assertSoftly(softly -> {
            softly.assertThat(types.stream().filter(type -> !rows.contains(type))).as("agent-socket message types without a row").isEmpty();
            softly.assertThat(rows.stream().filter(row -> !types.contains(row))).as("rows of message types the socket no longer takes").isEmpty();
        });
    }

    /**
     * The endpoint that serves a row's concrete path: the pattern that matches it with the most
     * literal segments, as {@code /routing-rules/order} is served by its own route, not by {@code /routing-rules/{id}}.
     */
    private static Optional<HttpApi.Endpoint> endpointOf(List<HttpApi.Endpoint> endpoints, String method, String path) {
        String[] segments = segments(path.replaceFirst("\\?.*", ""));
        return endpoints.stream()
                .filter(endpoint -> endpoint.method().equals(method) && matches(segments(endpoint.path()), segments))
                .max(Comparator.comparingLong(endpoint -> Stream.of(segments(endpoint.path())).filter(segment -> !isParameter(segment)).count()));
    }

    private static boolean matches(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!isParameter(pattern[i]) && !pattern[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** Trailing slashes are ignored, as the router does. */
    private static String[] segments(String path) {
        return Stream.of(path.split("/")).filter(segment -> !segment.isEmpty()).toArray(String[]::new);
    }

    /** Logout ends the session, so it gets a fresh one and leaves the shared tokens alone. */
    private static String tokenFor(String role, String path) {
        if (!path.endsWith("/logout")) {
            return TOKENS.get(role);
        }
        String login = switch (role) {
            case "AGENT" -> "alice";
            case "SUPERVISOR" -> "carol";
            default -> "admin";
        };
        return api.token(login, TestBackend.PASSWORD);
    }

    private static String concrete(String body) {
        if ("NEW_AGENT".equals(body)) {
            int n = UNIQUE.incrementAndGet();
            return "{\"login\":\"temp" + n + "\",\"displayName\":\"Temp " + n + "\",\"password\":\"temporary-pass\",\"role\":\"AGENT\"}";
        }
        if ("NEW_RULE".equals(body)) {
            return "{\"name\":\"Rule " + UNIQUE.incrementAndGet() + "\",\"site\":\"default\",\"groupId\":1,\"message\":\"Hi\"}";
        }
        if ("NEW_ROUTING_RULE".equals(body)) {
            return "{\"name\":\"Routing " + UNIQUE.incrementAndGet() + "\",\"groupId\":1,\"language\":\"en\"}";
        }
        if ("NEW_AWAY_REASON".equals(body)) {
            int n = UNIQUE.incrementAndGet();
            return "{\"name\":\"Reason " + n + "\",\"nameZh\":\"原因 " + n + "\"}";
        }
        if ("NEW_CUSTOMER_LEVEL".equals(body)) {
            return "{\"name\":\"Level " + UNIQUE.incrementAndGet() + "\",\"queuePriority\":1}";
        }
        if ("NEW_GROUP_REPLY".equals(body)) {
            // a shortcut names one reply of a group
            return "{\"groupId\":1,\"shortcut\":\"s" + UNIQUE.incrementAndGet() + "\",\"title\":\"t\",\"body\":\"b\"}";
        }
        if ("NEW_GROUP".equals(body)) {
            return "{\"name\":\"Group " + UNIQUE.incrementAndGet() + "\"}";
        }
        return body;
    }
}
