package dev.switchboard.server.sites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.visitors.PageView;
import dev.switchboard.shared.visitors.SiteSettings;
import dev.switchboard.shared.visitors.WidgetMessages;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sites as administrators manage them over real HTTP: create, change with the version read,
 * delete; every refusal a 4xx problem naming the field, as the shared rules do; the change log
 * tells administrators only; the widget's configuration follows at once.
 */
class SiteAdministrationTest {

    static final String LOOK = "{\"color\":\"#B91C1C\",\"colorEnd\":\"#7f1d1d\",\"textColor\":\"#ffffff\",\"position\":\"BOTTOM_LEFT\","
            + "\"offsetX\":32,\"offsetY\":24,\"greeting\":{\"zh\":\" 欢迎光临小店！ \",\"en\":\"Welcome to our shop!\"},"
            + "\"offlineMessage\":{\"zh\":\"\",\"en\":\"\"}}";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String carol = backend.token("carol");
    final String alice = backend.token("alice");

    @Test
    void anAdministratorCreatesASiteWithItsLookAndFormAndTheWidgetGetsThem() {
        ApiResponse created = api.send("POST", "/api/v1/sites", admin, "{\"id\":\"shop\",\"name\":\" Aurora 官方商城 \","
                + "\"allowedOrigins\":[\"https://Shop.Example.com/\",\"http://localhost:8081\"],\"look\":" + LOOK + ","
                + "\"prechat\":{\"fields\":[{\"key\":\"topic\",\"type\":\"SELECT\",\"label\":\"Topic\",\"labelZh\":\"主题\",\"required\":true,"
                + "\"options\":[\"A\",\"B\"]}]}}", ApiClient.JSON);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().get("Location")).isEqualTo("/api/v1/sites/shop");
        SiteSettings site = created.as(SiteSettings.class);
        assertThat(site.name()).isEqualTo("Aurora 官方商城");
        assertThat(site.allowedOrigins()).as("origins as browsers send them").containsExactly("https://shop.example.com", "http://localhost:8081");
        assertThat(site.look().color()).isEqualTo("#b91c1c");
        assertThat(site.look().greeting().zh()).isEqualTo("欢迎光临小店！");
        assertThat(site.version()).isEqualTo(1);
        assertThat(api.get("/api/v1/sites/shop", admin).as(SiteSettings.class)).isEqualTo(site);

        JsonNode config = api.get("/api/v1/widget/config?site=shop", null).json();
        assertThat(config.path("look").path("position").asText()).isEqualTo("BOTTOM_LEFT");
        assertThat(config.path("look").path("offsetX").asInt()).isEqualTo(32);
        assertThat(config.path("prechat").path("fields").get(0).path("type").asText()).isEqualTo("SELECT");
        assertThat(audit("site.create")).as("the creation is audited").anyMatch(entry -> entry.path("target").asText().equals("site:shop"));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        ApiResponse refused = api.send("POST", "/api/v1/sites", admin, "{\"id\":\"Shop One\",\"name\":\"\","
                + "\"allowedOrigins\":[\"https://ok.example.com\",\"shop.example.com\",\"https://x.example.com/path\",\"https://ok.example.com\"],"
                + "\"look\":{\"color\":\"red\",\"colorEnd\":\"#123\",\"textColor\":\"#ffffff\",\"position\":null,\"offsetX\":-1,\"offsetY\":400,"
                + "\"greeting\":{\"zh\":\"" + "长".repeat(301) + "\",\"en\":\"\"}},"
                + "\"prechat\":{\"fields\":[{\"key\":\"topic\",\"type\":\"SELECT\",\"label\":\"Topic\",\"required\":true},"
                + "{\"key\":\"topic\",\"type\":\"QUESTION_TYPE\",\"label\":\"\",\"required\":false,\"options\":[\"x\"]},"
                + "{\"key\":\"q2\",\"type\":\"QUESTION_TYPE\",\"label\":\"Q\",\"required\":false,\"options\":[\"x\"]}]}}", ApiClient.JSON);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.problemSlug()).isEqualTo("validation");
        assertThat(fields(refused)).containsExactlyInAnyOrder("id", "name", "allowedOrigins[1]", "allowedOrigins[2]", "allowedOrigins[3]",
                "look.color", "look.colorEnd", "look.position", "look.offsetX", "look.offsetY", "look.greeting.zh",
                "prechat.fields[0].options", "prechat.fields[1].key", "prechat.fields[1].label", "prechat.fields[2].type");
        assertThat(api.get("/api/v1/sites", admin).json().findValuesAsText("id")).containsExactly("default");

        assertThat(api.send("PUT", "/api/v1/sites/default", admin, "{\"look\":{\"color\":\"#zzzzzz\"}}", ApiClient.JSON).status()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/v1/sites/default", admin, "{\"colour\":\"#ffffff\"}", ApiClient.JSON).problemSlug())
                .as("an unknown field").isEqualTo("malformed-json");
        assertThat(api.send("PUT", "/api/v1/sites/nowhere", admin, "{\"name\":\"x\"}", ApiClient.JSON).status()).isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/sites/default/previews", admin, "{\"allowedOrigins\":[\"ftp://x\"]}", ApiClient.JSON).status())
                .isEqualTo(400);
        assertThat(api.send("DELETE", "/api/v1/sites/default?version=abc", admin, null, null).status()).isEqualTo(400);
    }

    @Test
    void aChangeOnAnOlderVersionIsRefusedAndTheCurrentOneStays() {
        long version = api.get("/api/v1/sites/default", admin).json().path("version").asLong();
        ApiResponse first = api.send("PUT", "/api/v1/sites/default", admin, "{\"name\":\"First\",\"version\":" + version + "}", ApiClient.JSON);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("version").asLong()).isEqualTo(version + 1);

        ApiResponse stale = api.send("PUT", "/api/v1/sites/default", admin, "{\"name\":\"Second\",\"version\":" + version + "}", ApiClient.JSON);
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.problemSlug()).isEqualTo("conflict");
        assertThat(api.get("/api/v1/sites/default", admin).json().path("name").asText()).isEqualTo("First");
        assertThat(api.send("DELETE", "/api/v1/sites/default?version=" + version, admin, null, null).status()).isEqualTo(409);
    }

    @Test
    void aDeletedSiteStopsItsWidgetKeepsItsKeyAndIsAudited() {
        api.send("POST", "/api/v1/sites", admin, "{\"id\":\"old-shop\",\"name\":\"Old shop\",\"allowedOrigins\":[\"*\"]}", ApiClient.JSON);
        assertThat(api.get("/api/v1/widget/config?site=old-shop", null).status()).isEqualTo(200);

        ApiResponse deleted = api.send("DELETE", "/api/v1/sites/old-shop?version=1", admin, null, null);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(api.get("/api/v1/widget/config?site=old-shop", null).status()).isEqualTo(404);
        try (VisitorClient page = VisitorClient.open(backend, "https://shop.example.cn")) {
            page.send(WidgetMessages.HELLO, new WidgetMessages.Hello("old-shop", null, null,
                    new PageView("https://shop.example.cn/", "Shop", null, "zh-CN", "1920x1080")));
            assertThat(page.await(WidgetMessages.ERROR).payload().path("problem").path("status").asInt()).isEqualTo(404);
            assertThat(page.socket().closeCode()).as("told not to come back").isEqualTo(WidgetMessages.CLOSE_BLOCKED);
        }
        assertThat(api.get("/api/v1/sites", admin).json().findValuesAsText("id")).containsExactly("default");
        ApiResponse again = api.send("POST", "/api/v1/sites", admin, "{\"id\":\"old-shop\",\"name\":\"New\"}", ApiClient.JSON);
        assertThat(again.status()).as("a deleted site's key is not given again").isEqualTo(409);
        assertThat(api.send("DELETE", "/api/v1/sites/old-shop", admin, null, null).status()).isEqualTo(404);
        assertThat(audit("site.delete")).anyMatch(entry -> entry.path("target").asText().equals("site:old-shop"));
    }

    @Test
    void onlyAdministratorsHearOfSiteChangesThroughTheChangeLog() {
        long before = cursor(admin);
        long agentBefore = cursor(alice);
        api.send("PUT", "/api/v1/sites/default", admin, "{\"look\":" + LOOK + "}", ApiClient.JSON);

        JsonNode changes = api.get("/api/v1/sync?after=" + before, admin).json().path("changes");
        JsonNode change = StreamSupport.stream(changes.spliterator(), false)
                .filter(c -> c.path("entity").asText().equals(SiteSettings.ENTITY)).findFirst().orElseThrow();
        assertThat(change.path("entityId").asText()).isEqualTo("default");
        assertThat(change.path("data").path("look").path("color").asText()).isEqualTo("#b91c1c");
        for (String reader : List.of(alice, carol)) {
            JsonNode seen = api.get("/api/v1/sync?after=" + agentBefore, reader).json().path("changes");
            assertThat(seen.findValuesAsText("entity")).doesNotContain(SiteSettings.ENTITY);
        }
    }

    @Test
    void theEmbedTagNamesTheSiteAndTheBackendAsBrowsersReachIt() {
        JsonNode direct = api.get("/api/v1/sites/default/embed", admin).json();
        assertThat(direct.path("publicUrl").asText()).isEqualTo(api.baseUrl());
        assertThat(direct.path("snippet").asText())
                .isEqualTo("<script src=\"" + api.baseUrl() + "/widget.js\" data-site=\"default\" async></script>");

        okhttp3.Request behindProxy = new okhttp3.Request.Builder().url(api.baseUrl() + "/api/v1/sites/default/embed")
                .header("Authorization", "Bearer " + admin).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "support.example.com").build();
        try (okhttp3.Response response = ApiClient.http().newCall(behindProxy).execute()) {
            JsonNode json = dev.switchboard.shared.json.Json.mapper().readTree(response.body().string());
            assertThat(json.path("snippet").asText())
                    .isEqualTo("<script src=\"https://support.example.com/widget.js\" data-site=\"default\" async></script>");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long cursor(String token) {
        long after = 0;
        JsonNode page;
        do {
            page = api.get("/api/v1/sync?after=" + after + "&limit=1000", token).json();
            after = page.path("next").asLong();
        } while (page.path("hasMore").asBoolean());
        return after;
    }

    private List<JsonNode> audit(String action) {
        JsonNode entries = api.get("/api/v1/audit?after=0", admin).json();
        return StreamSupport.stream(entries.spliterator(), false).filter(entry -> entry.path("action").asText().equals(action)).toList();
    }

    private static List<String> fields(ApiResponse response) {
        return response.json().path("errors").findValuesAsText("field");
    }
}
