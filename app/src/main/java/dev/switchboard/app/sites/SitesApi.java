package dev.switchboard.app.sites;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.sites.SiteEmbed;
import dev.switchboard.shared.sites.SitePreview;
import dev.switchboard.shared.visitors.SiteSettings;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** {@code /api/v1/sites} with the session's token, on the I/O executor. */
class SitesApi {

    private static final String PATH = "sites";

    private final ApiClient api;
    private final Session session;
    private final Executor io;

    SitesApi(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
    }

    CompletableFuture<List<SiteSettings>> list() {
        return call("GET", null, SiteSettings[].class, PATH).thenApply(List::of);
    }

    CompletableFuture<SiteSettings> get(String id) {
        return call("GET", null, SiteSettings.class, PATH, id);
    }

    CompletableFuture<SiteSettings> create(SiteSettings site) {
        return call("POST", site, SiteSettings.class, PATH);
    }

    CompletableFuture<SiteSettings> update(String id, SiteSettings site) {
        return call("PUT", site, SiteSettings.class, PATH, id);
    }

    CompletableFuture<Void> delete(String id) {
        return call("DELETE", null, Void.class, PATH, id);
    }

    CompletableFuture<SiteEmbed> embed(String id) {
        return call("GET", null, SiteEmbed.class, PATH, id, "embed");
    }

    CompletableFuture<SitePreview> preview(String id, SiteSettings draft) {
        return call("POST", draft, SitePreview.class, PATH, id, "previews");
    }

    private <T> CompletableFuture<T> call(String method, Object body, Class<T> answer, String... path) {
        return CompletableFuture.supplyAsync(() -> api.send(session.server(), session.token(), method, ApiPath.of((Object[]) path), body, answer), io);
    }
}
