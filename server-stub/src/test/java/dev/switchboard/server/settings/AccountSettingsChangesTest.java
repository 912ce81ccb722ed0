package dev.switchboard.server.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.settings.AccountSettings;
import dev.switchboard.shared.sync.ChangePage;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.MessageTypes;
import dev.switchboard.shared.ws.SubscribeRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An agent's stored settings reach every open session of their account at once through the change
 * log (ADR 0027), and no other account's: colleagues and administrators never see them.
 */
class AccountSettingsChangesTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();

    @Test
    void everyOpenSessionOfTheAccountFollowsAStoredVersionAndNoOtherAccountSeesIt() throws Exception {
        String alice = backend.token("alice");
        String aliceElsewhere = backend.token("alice");
        String bob = backend.token("bob");
        String admin = backend.token("admin");
        long before = latestSeq(admin);
        try (SocketClient first = subscribed(alice); SocketClient second = subscribed(aliceElsewhere); SocketClient bobs = subscribed(bob)) {
            ApiResponse stored = api.send("PUT", "/api/v1/me/settings", alice,
                    Json.mapper().writeValueAsString(AccountSettingsTest.chinese(0)), ApiClient.JSON);
            assertThat(stored.status()).as(stored.body()).isEqualTo(200);

            for (SocketClient session : List.of(first, second)) {
                JsonNode change = SocketClient.payload(session.await(
                        envelope -> isSettings(envelope), "alice's settings change"));
                assertThat(change.path("entityId").asText()).isEqualTo(alice(alice));
                assertThat(change.path("data").path("language").asText()).isEqualTo("zh-CN");
                assertThat(change.path("data").path("version").asLong()).isEqualTo(1);
            }

            // a change bob may see, written after alice's: whatever bob's feed held before it arrives first
            ApiResponse renamed = api.patch("/api/v1/groups/3", admin, Map.of("description", "after alice's settings"));
            assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
            List<Envelope> bobSaw = bobs.collectUntil(MessageTypes.CHANGE);
            while (!"group".equals(SocketClient.payload(bobSaw.get(bobSaw.size() - 1)).path("entity").asText())) {
                bobSaw.addAll(bobs.collectUntil(MessageTypes.CHANGE));
            }
            assertThat(bobSaw).as("bob's live feed").noneMatch(AccountSettingsChangesTest::isSettings);
        }
        for (String other : List.of(bob, admin)) {
            ChangePage page = api.get("/api/v1/sync?after=" + before + "&limit=1000", other).as(ChangePage.class);
            assertThat(page.changes()).as("read by REST").noneMatch(change -> AccountSettings.ENTITY.equals(change.entity()));
        }
        ChangePage own = api.get("/api/v1/sync?after=" + before + "&limit=1000", alice).as(ChangePage.class);
        assertThat(own.changes()).anyMatch(change -> AccountSettings.ENTITY.equals(change.entity()));
    }

    @Test
    void aRefusedWriteRecordsNothing() {
        String alice = backend.token("alice");
        assertThat(api.send("PUT", "/api/v1/me/settings", alice, json(AccountSettingsTest.chinese(0)), ApiClient.JSON).status()).isEqualTo(200);
        long before = latestSeq(alice);
        assertThat(api.send("PUT", "/api/v1/me/settings", alice, json(AccountSettingsTest.chinese(0)), ApiClient.JSON).status()).isEqualTo(409);
        assertThat(api.send("PUT", "/api/v1/me/settings", alice, json(AccountSettingsTest.chinese(5)), ApiClient.JSON).status()).isEqualTo(409);
        assertThat(latestSeq(alice)).isEqualTo(before);
    }

    private SocketClient subscribed(String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(MessageTypes.WELCOME);
        socket.send(MessageTypes.SYNC_SUBSCRIBE, new SubscribeRequest(0));
        socket.collectUntil(MessageTypes.SYNC_CAUGHT_UP);
        return socket;
    }

    private static boolean isSettings(Envelope envelope) {
        return MessageTypes.CHANGE.equals(envelope.type()) && AccountSettings.ENTITY.equals(envelope.payload().path("entity").asText());
    }

    private String alice(String token) {
        return api.get("/api/v1/auth/me", token).json().path("id").asText();
    }

    private long latestSeq(String token) {
        long cursor = 0;
        ChangePage page;
        do {
            page = api.get("/api/v1/sync?after=" + cursor + "&limit=1000", token).as(ChangePage.class);
            cursor = page.next();
        } while (page.hasMore());
        return cursor;
    }

    private static String json(AccountSettings settings) {
        try {
            return Json.mapper().writeValueAsString(settings);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
