package dev.switchboard.server.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.settings.AccountSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each agent's settings on the server: their own only, validated, replaced only over the version read. */
class AccountSettingsTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();

    static AccountSettings chinese(long version) {
        return new AccountSettings(version, "zh-CN", "DARK", false, true, true, false, true, 120, true, false, "vip", "您好，需要帮忙吗？");
    }

    @Test
    void everyAgentStoresAndReadsTheirOwnSettingsAndNoOneElses() {
        String alice = backend.token("alice");
        String bob = backend.token("bob");
        String admin = backend.token("admin");
        assertThat(api.get("/api/v1/me/settings", alice).as(AccountSettings.class)).as("nothing stored yet").isEqualTo(AccountSettings.NONE);

        ApiResponse stored = api.send("PUT", "/api/v1/me/settings", alice, json(chinese(0)), ApiClient.JSON);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.as(AccountSettings.class)).isEqualTo(chinese(1));
        assertThat(api.get("/api/v1/me/settings", alice).as(AccountSettings.class)).isEqualTo(chinese(1));

        assertThat(api.get("/api/v1/me/settings", bob).as(AccountSettings.class)).as("bob's are his own").isEqualTo(AccountSettings.NONE);
        assertThat(api.get("/api/v1/me/settings", admin).as(AccountSettings.class)).as("and so are an admin's").isEqualTo(AccountSettings.NONE);
        AccountSettings bobs = new AccountSettings(0, "en", "LIGHT", true, true, true, true, true, 60, true, true, "", "");
        assertThat(api.send("PUT", "/api/v1/me/settings", bob, json(bobs), ApiClient.JSON).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me/settings", alice).as(AccountSettings.class)).as("alice's untouched").isEqualTo(chinese(1));
        assertThat(api.get("/api/v1/me/settings", null).status()).isEqualTo(401);
    }

    @Test
    void aWriteOverAVersionSomeoneReplacedMeanwhileIsRefusedWith409() {
        String alice = backend.token("alice");
        assertThat(api.send("PUT", "/api/v1/me/settings", alice, json(chinese(0)), ApiClient.JSON).status()).isEqualTo(200);

        ApiResponse secondFirst = api.send("PUT", "/api/v1/me/settings", alice, json(chinese(0)), ApiClient.JSON);
        assertThat(secondFirst.status()).as("a second first write").isEqualTo(409);
        assertThat(secondFirst.problemSlug()).isEqualTo("conflict");

        AccountSettings other = chinese(1);
        assertThat(api.send("PUT", "/api/v1/me/settings", alice, json(other), ApiClient.JSON).status()).isEqualTo(200);
        ApiResponse stale = api.send("PUT", "/api/v1/me/settings", alice, json(chinese(1)), ApiClient.JSON);
        assertThat(stale.status()).as("version 1 was replaced by 2").isEqualTo(409);
        assertThat(api.send("PUT", "/api/v1/me/settings", alice, json(chinese(7)), ApiClient.JSON).status())
                .as("a version never stored").isEqualTo(409);
        assertThat(api.get("/api/v1/me/settings", alice).as(AccountSettings.class).version()).isEqualTo(2);
    }

    @Test
    void badDocumentsAreRefusedWithTheirFieldsNamed() {
        String alice = backend.token("alice");
        AccountSettings bad = new AccountSettings(0, "fr", "PINK", null, true, true, true, true, 5, true, true, "v\nip", "x".repeat(501));
        ApiResponse refused = api.send("PUT", "/api/v1/me/settings", alice, json(bad), ApiClient.JSON);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("language", "theme", "notificationSound", "longWaitSeconds", "vipMarker", "invitationMessage");

        ApiResponse unknown = api.send("PUT", "/api/v1/me/settings", alice,
                "{\"version\":0,\"language\":\"en\",\"fontSize\":3}", ApiClient.JSON);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(api.send("PUT", "/api/v1/me/settings", alice, "not json", ApiClient.JSON).status()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/v1/me/settings", alice, "{\"version\":0}", ApiClient.JSON).status())
                .as("every field is required").isEqualTo(400);
        assertThat(api.get("/api/v1/me/settings", alice).as(AccountSettings.class)).as("nothing stored").isEqualTo(AccountSettings.NONE);
    }

    private static String json(AccountSettings settings) {
        try {
            return dev.switchboard.shared.json.Json.mapper().writeValueAsString(settings);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
