package dev.switchboard.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.auth.PasswordChange;
import dev.switchboard.shared.auth.PasswordRules;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /api/v1/auth/password}: an agent changes their own password. */
class PasswordChangeApiTest {

    static final String PATH = "/api/v1/auth/password";
    static final String NEW = "a brand new passphrase";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();

    @Test
    void theNewPasswordWorksAndEveryOtherSessionEnds() {
        String here = api.token("alice", TestBackend.PASSWORD);
        String elsewhere = api.token("alice", TestBackend.PASSWORD);
        try (SocketClient otherWorkstation = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), elsewhere)) {
            otherWorkstation.await(MessageTypes.WELCOME);

            assertThat(api.post(PATH, here, new PasswordChange(TestBackend.PASSWORD, NEW)).status()).isEqualTo(204);

            otherWorkstation.await(MessageTypes.SESSION_ENDED);
            assertThat(otherWorkstation.closeCode()).isEqualTo(AgentSocket.CLOSE_SESSION_ENDED);
        }
        assertThat(api.get("/api/v1/auth/me", here).status()).as("the session that changed it goes on").isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", elsewhere).status()).isEqualTo(401);
        assertThat(api.login("alice", TestBackend.PASSWORD).status()).isEqualTo(401);
        assertThat(api.login("alice", NEW).status()).isEqualTo(200);
    }

    @Test
    void aWrongCurrentPasswordOrABadNewOneIsAFieldError() {
        String alice = api.token("alice", TestBackend.PASSWORD);

        assertThat(fieldError(api.post(PATH, alice, new PasswordChange("not my password", NEW)), "currentPassword"))
                .isEqualTo(PasswordRules.WRONG_CURRENT);
        assertThat(fieldError(api.post(PATH, alice, new PasswordChange(TestBackend.PASSWORD, "too short")), "newPassword"))
                .isEqualTo(PasswordRules.TOO_SHORT);
        assertThat(fieldError(api.post(PATH, alice, new PasswordChange(TestBackend.PASSWORD, "password1234")), "newPassword"))
                .isEqualTo(PasswordRules.TOO_COMMON);
        assertThat(fieldError(api.post(PATH, alice, new PasswordChange("密".repeat(200), NEW)), "currentPassword"))
                .isEqualTo(PasswordRules.TOO_LONG);
        assertThat(api.post(PATH, null, new PasswordChange(TestBackend.PASSWORD, NEW)).status()).isEqualTo(401);
        assertThat(api.login("alice", TestBackend.PASSWORD).status()).as("nothing changed").isEqualTo(200);
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledPerAccount() {
        String alice = api.token("alice", TestBackend.PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThat(api.post(PATH, alice, new PasswordChange("guess number " + i, NEW)).status()).isEqualTo(400);
        }

        ApiResponse refused = api.post(PATH, alice, new PasswordChange(TestBackend.PASSWORD, NEW));
        assertThat(refused.status()).as("even the right one waits").isEqualTo(429);
        assertThat(refused.problemSlug()).isEqualTo("too-many-attempts");
        assertThat(Long.parseLong(refused.headers().get("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(api.post(PATH, api.token("bob", TestBackend.PASSWORD), new PasswordChange(TestBackend.PASSWORD, NEW)).status())
                .as("another account is not affected").isEqualTo(204);

        backend.clock().advance(Duration.ofMinutes(15));
        assertThat(api.post(PATH, alice, new PasswordChange(TestBackend.PASSWORD, NEW)).status()).isEqualTo(204);
    }

    private static String fieldError(ApiResponse response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
        return response.json().path("errors").get(0).path("message").asText();
    }
}
