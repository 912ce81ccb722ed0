package dev.switchboard.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.auth.LoginResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthApiTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();

    @Test
    void loginAnswersATokenOfAtLeast128BitsAndTheAgent() {
        ApiResponse response = api.login("alice", TestBackend.PASSWORD);

        assertThat(response.status()).isEqualTo(200);
        LoginResponse login = response.as(LoginResponse.class);
        assertThat(Base64.getUrlDecoder().decode(login.token())).hasSizeGreaterThanOrEqualTo(16);
        assertThat(login.agent().login()).isEqualTo("alice");
        assertThat(login.expiresAt()).isEqualTo(backend.clock().instant().plus(Duration.ofDays(7)));
        assertThat(response.body()).doesNotContain("password").doesNotContain("$2a$");
        assertThat(api.get("/api/v1/auth/me", login.token()).json().path("login").asText()).isEqualTo("alice");
    }

    @Test
    void wrongPasswordAndUnknownLoginGetTheSame401() {
        ApiResponse wrongPassword = api.login("alice", "not-the-password");
        ApiResponse unknown = api.login("nobody", "not-the-password");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.isProblem()).isTrue();
        assertThat(wrongPassword.problemSlug()).isEqualTo("bad-credentials");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().path("detail")).isEqualTo(wrongPassword.json().path("detail"));
    }

    @Test
    void loginNamesAreCaseInsensitive() {
        assertThat(api.login("Alice", TestBackend.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void logoutRevokesTheToken() {
        String token = api.token("alice", TestBackend.PASSWORD);
        assertThat(api.get("/api/v1/agents", token).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/auth/logout", token, "").status()).isEqualTo(204);

        ApiResponse after = api.get("/api/v1/agents", token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.problemSlug()).isEqualTo("unauthenticated");
    }

    @Test
    void anIdleSessionEndsAfterTheIdleTimeoutButUseKeepsItAlive() {
        String token = api.token("alice", TestBackend.PASSWORD);

        backend.clock().advance(Duration.ofHours(11));
        assertThat(api.get("/api/v1/agents", token).status()).isEqualTo(200);
        backend.clock().advance(Duration.ofHours(11));
        assertThat(api.get("/api/v1/agents", token).status()).as("used 11 h ago").isEqualTo(200);
        backend.clock().advance(Duration.ofHours(12).plusSeconds(1));
        assertThat(api.get("/api/v1/agents", token).status()).as("idle 12 h").isEqualTo(401);
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeEvenWhenUsed() {
        String token = api.token("alice", TestBackend.PASSWORD);
        for (int hours = 0; hours < 7 * 24 - 10; hours += 10) {
            backend.clock().advance(Duration.ofHours(10));
            assertThat(api.get("/api/v1/agents", token).status()).isEqualTo(200);
        }
        backend.clock().advance(Duration.ofHours(11));
        assertThat(api.get("/api/v1/agents", token).status()).isEqualTo(401);
    }

    @Test
    void disablingAnAccountRevokesItsSessionsAndRefusesItsLogin() {
        String admin = api.token("admin", TestBackend.PASSWORD);
        String bob = api.token("bob", TestBackend.PASSWORD);
        long bobId = api.get("/api/v1/auth/me", bob).json().path("id").asLong();

        assertThat(api.patch("/api/v1/agents/" + bobId, admin, Map.of("enabled", false)).status()).isEqualTo(200);

        assertThat(api.get("/api/v1/agents", bob).status()).isEqualTo(401);
        assertThat(api.login("bob", TestBackend.PASSWORD).status()).isEqualTo(401);
        assertThat(api.patch("/api/v1/agents/" + bobId, admin, Map.of("enabled", true)).status()).isEqualTo(200);
        assertThat(api.login("bob", TestBackend.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aPasswordResetEndsOldSessionsAndTheNewPasswordWorks() {
        String admin = api.token("admin", TestBackend.PASSWORD);
        String bob = api.token("bob", TestBackend.PASSWORD);
        long bobId = api.get("/api/v1/auth/me", bob).json().path("id").asLong();

        assertThat(api.patch("/api/v1/agents/" + bobId, admin, Map.of("password", "a-new-secret")).status()).isEqualTo(200);

        assertThat(api.get("/api/v1/agents", bob).status()).isEqualTo(401);
        assertThat(api.login("bob", TestBackend.PASSWORD).status()).isEqualTo(401);
        assertThat(api.login("bob", "a-new-secret").status()).isEqualTo(200);
    }

    @Test
    void tenFailuresForOneLoginCoolItOffThenItWorksAgain() {
        for (int i = 0; i < 10; i++) {
            assertThat(api.login("alice", "guess-" + i).status()).isEqualTo(401);
        }

        ApiResponse refused = api.login("alice", TestBackend.PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.problemSlug()).isEqualTo("too-many-attempts");
        assertThat(Long.parseLong(refused.headers().get("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(api.login("bob", TestBackend.PASSWORD).status()).as("the address is cooling off too").isEqualTo(429);

        backend.clock().advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(api.login("alice", TestBackend.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotBlock() {
        for (int i = 0; i < 9; i++) {
            assertThat(api.login("alice", "guess-" + i).status()).isEqualTo(401);
        }
        backend.clock().advance(Duration.ofMinutes(16));
        assertThat(api.login("alice", "guess-again").status()).isEqualTo(401);
        assertThat(api.login("alice", TestBackend.PASSWORD).status()).isEqualTo(200);
    }
}
