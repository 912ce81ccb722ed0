package dev.switchboard.server.infra;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import java.util.stream.Stream;
import okhttp3.MediaType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every class of bad input gets a 4xx problem document that says what is wrong, never a 500. */
class BadInputTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perClass();
    static ApiClient api;
    static String admin;

    @BeforeAll
    static void start() {
        api = backend.api();
        admin = backend.token("admin");
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("not JSON", "hello", 400, "malformed-json", null),
                Arguments.of("truncated JSON", "{\"login\":\"x\",", 400, "malformed-json", null),
                Arguments.of("trailing garbage", "{\"name\":\"G1\"} {}", 400, "malformed-json", null),
                Arguments.of("an array instead of an object", "[1,2]", 400, "malformed-json", null),
                Arguments.of("JSON null", "null", 400, "malformed-json", null),
                Arguments.of("empty body", "", 400, "malformed-json", null),
                Arguments.of("unknown field", "{\"name\":\"G2\",\"owner\":\"me\"}", 400, "malformed-json", "owner"),
                Arguments.of("wrong type", "{\"name\":{\"a\":1}}", 400, "malformed-json", "name"),
                Arguments.of("missing required field", "{\"description\":\"no name\"}", 400, "validation", "name"),
                Arguments.of("blank name", "{\"name\":\"   \"}", 400, "validation", "name"),
                Arguments.of("too long", "{\"name\":\"" + "x".repeat(61) + "\"}", 400, "validation", "name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badGroupBodiesAreRefusedWithTheField(String what, String body, int status, String slug, String field) {
        ApiResponse response = api.send("POST", "/api/v1/groups", admin, body, ApiClient.JSON);

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.problemSlug()).isEqualTo(slug);
        assertThat(response.json().path("title").asText()).isNotBlank();
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        if (field != null) {
            assertThat(response.json().path("errors").findValuesAsText("field")).contains(field);
        }
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.");
    }

    @Test
    void wrongTypesInAnAgentNameTheField() {
        ApiResponse response = api.send("POST", "/api/v1/agents", admin,
                "{\"login\":\"dave\",\"displayName\":\"Dave\",\"password\":\"long-enough-too\",\"role\":\"KING\",\"maxChats\":\"many\"}",
                ApiClient.JSON);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).containsAnyOf("role", "maxChats");
    }

    @Test
    void validationNamesEveryBadField() {
        ApiResponse response = api.post("/api/v1/agents", admin,
                "{\"login\":\"X Y\",\"displayName\":\"\",\"password\":\"short\",\"role\":\"AGENT\",\"groupIds\":[999],\"maxChats\":-1}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemSlug()).isEqualTo("validation");
        assertThat(response.json().path("errors").findValuesAsText("field"))
                .contains("login", "displayName", "password", "maxChats");
    }

    @Test
    void unknownGroupsAreAValidationError() {
        ApiResponse response = api.post("/api/v1/agents", admin,
                "{\"login\":\"erin\",\"displayName\":\"Erin\",\"password\":\"long-enough-too\",\"role\":\"AGENT\",\"groupIds\":[999]}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly("groupIds");
    }

    @Test
    void aTakenLoginIsAConflict() {
        ApiResponse response = api.post("/api/v1/agents", admin,
                "{\"login\":\"alice\",\"displayName\":\"Alice 2\",\"password\":\"long-enough-too\",\"role\":\"AGENT\"}");
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemSlug()).isEqualTo("conflict");
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        long adminId = api.get("/api/v1/auth/me", admin).json().path("id").asLong();
        assertThat(api.patch("/api/v1/agents/" + adminId, admin, "{\"enabled\":false}").status()).isEqualTo(409);
        assertThat(api.patch("/api/v1/agents/" + adminId, admin, "{\"role\":\"AGENT\"}").status()).isEqualTo(409);
    }

    @Test
    void bodiesOverOneMebibyteAre413() {
        String huge = "{\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        ApiResponse response = api.send("POST", "/api/v1/groups", admin, huge, ApiClient.JSON);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.problemSlug()).isEqualTo("payload-too-large");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        ApiResponse response = api.send("POST", "/api/v1/groups", admin, "name=G", MediaType.get("application/x-www-form-urlencoded"));
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.problemSlug()).isEqualTo("unsupported-media-type");
    }

    @Test
    void unknownRoutesAndMethodsAreProblems() {
        ApiResponse unknown = api.get("/api/v1/nothing-here", admin);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();

        ApiResponse wrongMethod = api.send("DELETE", "/api/v1/groups", admin, null, null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.problemSlug()).isEqualTo("method-not-allowed");
    }

    @Test
    void badIdsAndMissingEntitiesAre404() {
        assertThat(api.get("/api/v1/agents/abc", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/agents/-3", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/agents/99999999999999999999", admin).status()).isEqualTo(404);
        ApiResponse missing = api.get("/api/v1/groups/4242", admin);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.problemSlug()).isEqualTo("not-found");
    }

    @Test
    void badQueryParametersNameTheParameter() {
        ApiResponse response = api.get("/api/v1/sync?after=-1", admin);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly("after");
        assertThat(api.get("/api/v1/sync?limit=100000", admin).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/sync?after=abc", admin).status()).isEqualTo(400);
    }

    @Test
    void malformedBearerTokensAre401() {
        assertThat(api.get("/api/v1/agents", "x".repeat(5000)).status()).isEqualTo(401);
        ApiResponse basic = api.send("GET", "/api/v1/agents", null, null, null);
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.problemSlug()).isEqualTo("unauthenticated");
    }
}
