package dev.switchboard.server.agents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.agents.AgentPatch;
import dev.switchboard.shared.agents.AgentRules;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.NewAgent;
import dev.switchboard.shared.agents.PasswordReset;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.auth.PasswordRules;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Accounts as the workstation's Accounts section administers them, over HTTP. */
class AccountsApiTest {

    static final long PRESALES = 1;
    static final long AFTERSALES = 2;
    static final String PASSWORD = "harbour lights at dusk";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");

    @Test
    void anAdministratorCreatesAnAccountWithGroupsAndSkillsSyncedAndAudited() {
        long cursor = api.get("/api/v1/sync?after=0&limit=1000", admin).json().path("next").asLong();

        ApiResponse created = api.post("/api/v1/agents", admin,
                new NewAgent("dana.li", "Dana 李", PASSWORD, Role.AGENT, List.of(PRESALES, AFTERSALES), 4, Map.of(AFTERSALES, 8)));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode dana = created.json();
        assertThat(dana.path("groupIds")).extracting(JsonNode::asLong).containsExactly(PRESALES, AFTERSALES);
        assertThat(dana.path("skills").path(String.valueOf(AFTERSALES)).asInt()).isEqualTo(8);
        assertThat(dana.path("skills").path(String.valueOf(PRESALES)).asInt()).as("the default").isEqualTo(5);
        assertThat(dana.path("maxChats").asInt()).isEqualTo(4);
        assertThat(dana.path("accountVersion").asLong()).isEqualTo(1);
        assertThat(dana.path("avatar").isNull()).isTrue();
        assertThat(api.login("dana.li", PASSWORD).status()).isEqualTo(200);
        JsonNode changes = api.get("/api/v1/sync?after=" + cursor, admin).json().path("changes");
        assertThat(changes).anySatisfy(change -> assertThat(change.path("data").path("login").asText()).isEqualTo("dana.li"));
        assertThat(audit("agent.create")).anySatisfy(entry -> assertThat(entry.path("detail").asText()).isEqualTo("login=dana.li; role=AGENT"));
    }

    @Test
    void aTakenLoginIsAConflictNamingTheLoginField() {
        ApiResponse taken = api.post("/api/v1/agents", admin, new NewAgent("alice", "Another Alice", PASSWORD, Role.AGENT, List.of(), 5));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.problemSlug()).isEqualTo("conflict");
        assertThat(fieldError(taken, "login")).isEqualTo(AgentRules.LOGIN_TAKEN);
    }

    @Test
    void badInputIsAFieldErrorForEachField() {
        assertThat(fieldError(api.post("/api/v1/agents", admin, new NewAgent("erin", "Erin", "too short", Role.AGENT, List.of(), 5)),
                "password")).isEqualTo(PasswordRules.TOO_SHORT);
        assertThat(fieldError(api.post("/api/v1/agents", admin, new NewAgent("erin", "Erin", "password1234", Role.AGENT, List.of(), 5)),
                "password")).isEqualTo(PasswordRules.TOO_COMMON);
        assertThat(fieldError(api.post("/api/v1/agents", admin, new NewAgent("erin", "Erin", PASSWORD, Role.AGENT, List.of(), 51)),
                "maxChats")).isEqualTo(AgentRules.MAX_CHATS_RANGE);
        assertThat(fieldError(api.post("/api/v1/agents", admin, new NewAgent("Erin Smith", "Erin", PASSWORD, Role.AGENT, List.of(), 5)),
                "login")).isEqualTo(AgentRules.LOGIN_FORMAT);
        assertThat(fieldError(api.post("/api/v1/agents", admin,
                new NewAgent("erin", "Erin", PASSWORD, Role.AGENT, List.of(PRESALES), 5, Map.of(PRESALES, 11))), "skills"))
                .isEqualTo(AgentRules.SKILL_RANGE);
        long alice = idOf("alice");
        assertThat(fieldError(api.patch("/api/v1/agents/" + alice, admin, new AgentPatch(null, null, null, null, -1, null)), "maxChats"))
                .isEqualTo(AgentRules.MAX_CHATS_RANGE);
        assertThat(api.patch("/api/v1/agents/" + alice, admin, new AgentPatch(null, null, null, null, null, null, Map.of(AFTERSALES, 7), null))
                .status()).as("alice is not in after-sales").isEqualTo(400);
        assertThat(api.login("erin", PASSWORD).status()).as("nothing was created").isEqualTo(401);
    }

    @Test
    void onlyAdministratorsCreateChangeAndResetAccounts() {
        long bob = idOf("bob");
        for (String login : List.of("alice", "carol")) {
            String token = backend.token(login);
            assertThat(api.post("/api/v1/agents", token, new NewAgent("erin", "Erin", PASSWORD, Role.AGENT, List.of(), 5)).status())
                    .as(login).isEqualTo(403);
            assertThat(api.patch("/api/v1/agents/" + bob, token, new AgentPatch(null, null, null, null, 2, null)).status()).as(login)
                    .isEqualTo(403);
            assertThat(api.post("/api/v1/agents/" + bob + "/password", token, new PasswordReset(PASSWORD)).status()).as(login)
                    .isEqualTo(403);
        }
        assertThat(api.login("bob", TestBackend.PASSWORD).status()).as("bob's password is his").isEqualTo(200);
    }

    @Test
    void aChangeFromAnOlderAccountVersionIsRefusedButTheAgentsStatusDoesNotCount() {
        String aliceToken = backend.token("alice");
        long alice = idOf("alice");
        JsonNode read = api.get("/api/v1/agents/" + alice, admin).json();
        long accountVersion = read.path("accountVersion").asLong();
        try (SocketClient workstation = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), aliceToken)) {
            workstation.await(MessageTypes.WELCOME);
            String ref = workstation.send(MessageTypes.STATUS_SET, new StatusChange(AgentStatus.AWAY, null));
            workstation.await(envelope -> MessageTypes.ACK.equals(envelope.type()) && ref.equals(envelope.payload().path("ref").asText()),
                    "the status set");
        }
        JsonNode away = api.get("/api/v1/agents/" + alice, admin).json();
        assertThat(away.path("version").asLong()).isGreaterThan(read.path("version").asLong());
        assertThat(away.path("accountVersion").asLong()).isEqualTo(accountVersion);

        ApiResponse first = api.patch("/api/v1/agents/" + alice, admin, new AgentPatch(null, null, null, null, 3, null, null, accountVersion));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("accountVersion").asLong()).isEqualTo(accountVersion + 1);

        ApiResponse second = api.patch("/api/v1/agents/" + alice, admin, new AgentPatch("Alice W.", null, null, null, null, null, null, accountVersion));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("errors").isMissingNode()).as("a stale change names no field").isTrue();
        assertThat(api.get("/api/v1/agents/" + alice, admin).json().path("displayName").asText()).isEqualTo("Alice 王丽");
    }

    @Test
    void disablingAndEnablingAreAuditedAndDisablingEndsTheSessions() {
        long bob = idOf("bob");
        String bobToken = backend.token("bob");

        assertThat(api.patch("/api/v1/agents/" + bob, admin, new AgentPatch(null, null, null, null, null, false)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", bobToken).status()).isEqualTo(401);
        assertThat(api.login("bob", TestBackend.PASSWORD).status()).isEqualTo(401);
        assertThat(api.patch("/api/v1/agents/" + bob, admin, new AgentPatch(null, null, null, null, null, true)).status()).isEqualTo(200);
        assertThat(api.login("bob", TestBackend.PASSWORD).status()).isEqualTo(200);

        assertThat(audit("agent.disable")).extracting(entry -> entry.path("target").asText()).containsExactly("agent:" + bob);
        assertThat(audit("agent.enable")).extracting(entry -> entry.path("target").asText()).containsExactly("agent:" + bob);
    }

    @Test
    void aResetPasswordWorksAtOnceAndEndsTheAccountsSessions() {
        long bob = idOf("bob");
        String bobToken = backend.token("bob");
        try (SocketClient workstation = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), bobToken)) {
            workstation.await(MessageTypes.WELCOME);

            assertThat(api.post("/api/v1/agents/" + bob + "/password", admin, new PasswordReset(PASSWORD)).status()).isEqualTo(204);

            workstation.await(MessageTypes.SESSION_ENDED);
        }
        assertThat(api.get("/api/v1/auth/me", bobToken).status()).isEqualTo(401);
        assertThat(api.login("bob", TestBackend.PASSWORD).status()).isEqualTo(401);
        assertThat(api.login("bob", PASSWORD).status()).isEqualTo(200);
        assertThat(audit("agent.password-reset")).extracting(entry -> entry.path("detail").asText()).containsExactly("login=bob");

        assertThat(fieldError(api.post("/api/v1/agents/" + bob + "/password", admin, new PasswordReset("short")), "password"))
                .isEqualTo(PasswordRules.TOO_SHORT);
        assertThat(fieldError(api.post("/api/v1/agents/" + bob + "/password", admin, "{}"), "password")).isEqualTo(PasswordRules.REQUIRED);
        assertThat(api.post("/api/v1/agents/999/password", admin, new PasswordReset(PASSWORD)).status()).isEqualTo(404);
    }

    @Test
    void anAdministratorResettingTheirOwnPasswordKeepsTheSessionTheyDidItIn() {
        String elsewhere = backend.token("admin");
        long self = idOf("admin");

        assertThat(api.post("/api/v1/agents/" + self + "/password", admin, new PasswordReset(PASSWORD)).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/auth/me", admin).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", elsewhere).status()).isEqualTo(401);
    }

    private long idOf(String login) {
        JsonNode agents = api.get("/api/v1/agents", admin).json();
        return agents.findParents("login").stream().filter(agent -> agent.path("login").asText().equals(login))
                .findFirst().orElseThrow().path("id").asLong();
    }

    private List<JsonNode> audit(String action) {
        return api.get("/api/v1/audit", admin).json().findParents("action").stream()
                .filter(entry -> entry.path("action").asText().equals(action)).toList();
    }

    static String fieldError(ApiResponse response, String field) {
        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        assertThat(response.isProblem()).isTrue();
        return response.json().path("errors").findParents("field").stream().filter(error -> error.path("field").asText().equals(field))
                .map(error -> error.path("message").asText()).findFirst().orElseThrow(() -> new AssertionError("no error for " + field
                        + " in " + response.body()));
    }
}
