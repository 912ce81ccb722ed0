package dev.switchboard.app.levels;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.levels.CustomerLevel;
import dev.switchboard.shared.levels.NewCustomerLevel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** The customer levels' endpoints ({@code /api/v1/customer-levels}), with the session's token on the I/O executor. */
class CustomerLevelsApi {

    private static final String PATH = "customer-levels";

    private final ApiClient api;
    private final Session session;
    private final Executor io;

    CustomerLevelsApi(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
    }

    CompletableFuture<List<CustomerLevel>> list() {
        return call(() -> List.of(send("GET", ApiPath.of(PATH), null, CustomerLevel[].class)));
    }

    CompletableFuture<CustomerLevel> create(NewCustomerLevel level) {
        return call(() -> send("POST", ApiPath.of(PATH), level, CustomerLevel.class));
    }

    CompletableFuture<CustomerLevel> replace(long id, NewCustomerLevel level) {
        return call(() -> send("PUT", ApiPath.of(PATH, id), level, CustomerLevel.class));
    }

    /** Deletes the level if it is still at {@code version} (409 otherwise, or while routing rules match it). */
    CompletableFuture<Void> delete(long id, long version) {
        return call(() -> send("DELETE", ApiPath.of(PATH, id).query("version", version), null, Void.class));
    }

    private <T> T send(String method, ApiPath path, Object body, Class<T> answer) {
        return api.send(session.server(), session.token(), method, path, body, answer);
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io);
    }
}
