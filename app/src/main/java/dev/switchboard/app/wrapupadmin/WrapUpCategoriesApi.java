package dev.switchboard.app.wrapupadmin;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.SessionApi;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.wrapup.NewWrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpCategoryPlace;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The wrap-up category tree ({@code /api/v1/wrap-up/categories}) with the session's token, on the I/O executor. */
class WrapUpCategoriesApi {

    private final SessionApi api;

    WrapUpCategoriesApi(ApiClient api, Session session, Executor io) {
        this.api = new SessionApi(api, session.server(), session.token(), io);
    }

    CompletableFuture<List<WrapUpCategory>> list() {
        return api.get(path(), WrapUpCategory[].class).thenApply(List::of);
    }

    CompletableFuture<WrapUpCategory> create(NewWrapUpCategory category) {
        return api.send("POST", path(), category, WrapUpCategory.class);
    }

    CompletableFuture<WrapUpCategory> change(long id, NewWrapUpCategory change) {
        return api.send("PUT", path(id), change, WrapUpCategory.class);
    }

    /** Moves the category; answers the whole tree as it is afterwards. */
    CompletableFuture<List<WrapUpCategory>> place(long id, WrapUpCategoryPlace place) {
        return api.send("PUT", path(id, "place"), place, WrapUpCategory[].class).thenApply(List::of);
    }

    CompletableFuture<Void> remove(long id) {
        return api.send("DELETE", path(id), null, Void.class);
    }

    private static ApiPath path(Object... more) {
        Object[] parts = new Object[more.length + 2];
        parts[0] = "wrap-up";
        parts[1] = "categories";
        System.arraycopy(more, 0, parts, 2, more.length);
        return ApiPath.of(parts);
    }
}
