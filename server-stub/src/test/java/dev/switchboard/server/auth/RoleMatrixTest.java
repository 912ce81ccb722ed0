package dev.switchboard.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.TestBackend;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint against every kind of caller. A row says what each caller gets; a new endpoint
 * is not done until it has its row here.
 */
class RoleMatrixTest {

    @TempDir
    static Path data;
    static TestBackend backend;
    static ApiClient api;
    static final Map<String, String> TOKENS = new HashMap<>();
    static final AtomicInteger UNIQUE = new AtomicInteger();

    @BeforeAll
    static void start() {
        backend = TestBackend.start(data);
        api = backend.api();
        TOKENS.put("AGENT", api.token("alice", TestBackend.PASSWORD));
        TOKENS.put("SUPERVISOR", api.token("carol", TestBackend.PASSWORD));
        TOKENS.put("ADMIN", api.token("admin", TestBackend.PASSWORD));
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    /** method, path, body, and the expected status for: nobody, AGENT, SUPERVISOR, ADMIN. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                row("GET", "/api/v1/health", null, 200, 200, 200, 200),
                row("GET", "/api/v1/auth/me", null, 401, 200, 200, 200),
                row("GET", "/api/v1/agents", null, 401, 200, 200, 200),
                row("GET", "/api/v1/agents/2", null, 401, 200, 200, 200),
                row("POST", "/api/v1/agents", "NEW_AGENT", 401, 403, 403, 201),
                row("PATCH", "/api/v1/agents/2", "{\"maxChats\":6}", 401, 403, 403, 200),
                row("GET", "/api/v1/groups", null, 401, 200, 200, 200),
                row("GET", "/api/v1/groups/1", null, 401, 200, 200, 200),
                row("POST", "/api/v1/groups", "NEW_GROUP", 401, 403, 403, 201),
                row("PATCH", "/api/v1/groups/1", "{\"description\":\"changed\"}", 401, 403, 403, 200),
                row("GET", "/api/v1/sync?after=0", null, 401, 200, 200, 200),
                row("GET", "/api/v1/visitors", null, 401, 200, 200, 200),
                row("GET", "/api/v1/visitors/nobody", null, 401, 404, 404, 404),
                row("POST", "/api/v1/visitors/nobody/invitations", "{\"message\":\"hi\"}", 401, 404, 404, 404),
                row("GET", "/api/v1/invitations/999", null, 401, 404, 404, 404),
                row("GET", "/api/v1/invitation-rules", null, 401, 403, 200, 200),
                row("POST", "/api/v1/invitation-rules", "NEW_RULE", 401, 403, 403, 201),
                row("PUT", "/api/v1/invitation-rules/999", "NEW_RULE", 401, 403, 403, 404),
                row("DELETE", "/api/v1/invitation-rules/999", null, 401, 403, 403, 404),
                row("POST", "/api/v1/blocks", "{\"visitorId\":\"nobody\",\"reason\":\"spam\"}", 401, 404, 404, 404),
                row("GET", "/api/v1/blocks", null, 401, 403, 403, 200),
                row("POST", "/api/v1/blocks/999/lift", "", 401, 403, 403, 404),
                row("GET", "/api/v1/audit", null, 401, 403, 403, 200),
                row("GET", "/api/v1/sites", null, 401, 403, 403, 200),
                row("PUT", "/api/v1/sites/default", "{\"name\":\"Aurora\"}", 401, 403, 403, 200),
                row("GET", "/api/v1/sites/default/prechat-form", null, 401, 200, 200, 200),
                row("PUT", "/api/v1/sites/default/prechat-form", "{\"fields\":[]}", 401, 403, 403, 200),
                row("GET", "/api/v1/widget/config?site=default", null, 200, 200, 200, 200),
                row("GET", "/api/v1/conversations", null, 401, 200, 200, 200),
                row("GET", "/api/v1/canned-replies", null, 401, 200, 200, 200),
                row("POST", "/api/v1/canned-replies", "{\"groupId\":1,\"shortcut\":\"s\",\"title\":\"t\",\"body\":\"b\"}", 401, 403, 201, 201),
                row("DELETE", "/api/v1/canned-replies/999", null, 401, 404, 404, 404),
                row("GET", "/api/v1/groups/1/chat-settings", null, 401, 200, 200, 200),
                row("PUT", "/api/v1/groups/1/chat-settings", "{\"maxWaitSeconds\":300}", 401, 403, 403, 200),
                row("GET", "/api/v1/me/chat-preferences", null, 401, 200, 200, 200),
                row("PUT", "/api/v1/me/chat-preferences", "{\"autoAccept\":true}", 401, 200, 200, 200),
                row("POST", "/api/v1/conversations/999/attachments", "x", 401, 404, 404, 404),
                row("GET", "/api/v1/attachments/AAAAAAAAAAAAAAAAAAAAAA", null, 401, 404, 404, 404),
                row("GET", "/api/v1/widget/attachments/AAAAAAAAAAAAAAAAAAAAAA", null, 401, 401, 401, 401),
                row("GET", "/api/v1/conversations/999", null, 401, 404, 404, 404),
                row("GET", "/api/v1/conversations/999/messages", null, 401, 404, 404, 404),
                row("POST", "/api/v1/conversations/999/messages", "{\"clientId\":\"x\",\"text\":\"hi\"}", 401, 404, 404, 404),
                row("GET", "/api/v1/routing-rules", null, 401, 403, 200, 200),
                row("POST", "/api/v1/routing-rules", "NEW_ROUTING_RULE", 401, 403, 403, 201),
                row("PUT", "/api/v1/routing-rules/999", "{\"name\":\"r\",\"groupId\":1,\"language\":\"en\",\"version\":1}", 401, 403, 403, 404),
                row("DELETE", "/api/v1/routing-rules/999", null, 401, 403, 403, 404),
                row("PUT", "/api/v1/routing-rules/order", "{\"ids\":[999,999]}", 401, 403, 403, 400),
                row("POST", "/api/v1/routing-rules/test", "{\"language\":\"en\"}", 401, 403, 200, 200),
                row("PUT", "/api/v1/groups/1/members/1/skill", "{\"skill\":6}", 401, 403, 200, 200),
                row("PUT", "/api/v1/visitors/nobody/level", "{\"level\":\"VIP\"}", 401, 404, 404, 404),
                row("POST", "/api/v1/auth/password", "{\"currentPassword\":\"not the password\",\"newPassword\":\"a brand new passphrase\"}",
                        401, 400, 400, 400),
                row("POST", "/api/v1/auth/logout", "", 401, 204, 204, 204));
    }

    private static Arguments row(String method, String path, String body, int nobody, int agent, int supervisor, int admin) {
        return Arguments.of(method, path, body, Map.of("nobody", nobody, "AGENT", agent, "SUPERVISOR", supervisor, "ADMIN", admin));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void eachCallerGetsWhatTheirRoleAllows(String method, String path, String body, Map<String, Integer> expected) {
        for (String caller : new String[] {"nobody", "AGENT", "SUPERVISOR", "ADMIN"}) {
            String token = caller.equals("nobody") ? null : tokenFor(caller, path);
            ApiResponse response = api.send(method, path, token, concrete(body), ApiClient.JSON);
            assertThat(response.status()).as("%s %s as %s: %s", method, path, caller, response.body())
                    .isEqualTo(expected.get(caller));
            if (response.status() >= 400) {
                assertThat(response.isProblem()).as("error answers are problem documents").isTrue();
            }
        }
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
        if ("NEW_GROUP".equals(body)) {
            return "{\"name\":\"Group " + UNIQUE.incrementAndGet() + "\"}";
        }
        return body;
    }
}
