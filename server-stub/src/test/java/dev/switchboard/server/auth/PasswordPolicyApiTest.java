package dev.switchboard.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.auth.PasswordRules;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Passwords of any length and script over real HTTP: never a 500, and new ones meet the policy. */
class PasswordPolicyApiTest {

    /** 30 Chinese characters: 90 UTF-8 bytes, more than the 72 that bcrypt reads. */
    static final String CHINESE_30 = "春眠不觉晓处处闻啼鸟夜来风雨声花落知多少床前明月光疑是地上霜";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");

    @Test
    void passwordsLongerThanBcryptReadsWorkForCreationResetAndLogin() {
        assertThat(CHINESE_30.codePointCount(0, CHINESE_30.length())).isEqualTo(30);
        ApiResponse created = api.post("/api/v1/agents", admin, newAgent("dora", CHINESE_30));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long dora = created.json().path("id").asLong();

        assertThat(api.login("dora", CHINESE_30).status()).isEqualTo(200);
        // the same first 72 bytes must not be enough
        assertThat(api.login("dora", CHINESE_30.substring(0, 24) + "错的尾巴错的尾巴").status()).isEqualTo(401);
        assertThat(api.login("dora", "short-wrong").status()).isEqualTo(401);

        String reset = "夜".repeat(40) + " and some latin";
        assertThat(api.patch("/api/v1/agents/" + dora, admin, Map.of("password", reset)).status()).isEqualTo(200);
        assertThat(api.login("dora", CHINESE_30).status()).isEqualTo(401);
        assertThat(api.login("dora", reset).status()).isEqualTo(200);
    }

    @Test
    void anyPasswordAtLoginAnswersAProblemNeverA500() {
        assertThat(api.login("alice", CHINESE_30).status()).as("over 72 bytes against a plain bcrypt hash").isEqualTo(401);
        assertThat(api.login("nobody", CHINESE_30).status()).as("over 72 bytes for an unknown login").isEqualTo(401);
        assertThat(api.login("alice", "密".repeat(128)).status()).isEqualTo(401);
        for (String tooLong : new String[] {"密".repeat(129), "x".repeat(5000)}) {
            ApiResponse refused = api.login("alice", tooLong);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("password");
        }
        assertThat(api.login("alice", TestBackend.PASSWORD).status()).as("the demo password still logs in").isEqualTo(200);
    }

    @Test
    void newPasswordsAreTwelveToOneHundredTwentyEightCharactersAndNotCommon() {
        assertThat(passwordError(api.post("/api/v1/agents", admin, newAgent("erin", "switchboard")))).isEqualTo(PasswordRules.TOO_SHORT);
        assertThat(passwordError(api.post("/api/v1/agents", admin, newAgent("erin", "p".repeat(129))))).isEqualTo(PasswordRules.TOO_LONG);
        assertThat(passwordError(api.post("/api/v1/agents", admin, newAgent("erin", "qwerty123456")))).isEqualTo(PasswordRules.TOO_COMMON);
        assertThat(passwordError(api.post("/api/v1/agents", admin, newAgent("erin", " QWERTY123456 ")))).as("case and spaces aside")
                .isEqualTo(PasswordRules.TOO_COMMON);
        long alice = api.get("/api/v1/auth/me", api.token("alice", TestBackend.PASSWORD)).json().path("id").asLong();
        assertThat(passwordError(api.patch("/api/v1/agents/" + alice, admin, Map.of("password", "1qaz2wsx3edc")))).isEqualTo(PasswordRules.TOO_COMMON);

        // no composition rules: twelve lower-case letters and spaces, or twelve Chinese characters, will do
        assertThat(api.post("/api/v1/agents", admin, newAgent("erin", "tea for two please")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/agents", admin, newAgent("fang", "春眠不觉晓处处闻啼鸟夜来")).status()).isEqualTo(201);
        assertThat(api.login("fang", "春眠不觉晓处处闻啼鸟夜来").status()).isEqualTo(200);
    }

    private static String passwordError(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        for (JsonNode error : response.json().path("errors")) {
            if (error.path("field").asText().equals("password")) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("no password error in " + response.body());
    }

    private static Map<String, Object> newAgent(String login, String password) {
        return Map.of("login", login, "displayName", login, "password", password, "role", "AGENT");
    }
}
