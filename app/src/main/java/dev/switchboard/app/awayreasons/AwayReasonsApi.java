package dev.switchboard.app.awayreasons;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.agents.AwayReason;
import dev.switchboard.shared.agents.AwayReasonOrder;
import dev.switchboard.shared.agents.NewAwayReason;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** Away reasons ({@code /api/v1/away-reasons}: list, add, change, order, delete), with the session's token on the I/O executor. */
class AwayReasonsApi {

    private static final String PATH = "away-reasons";

    private final ApiClient api;
    private final Session session;
    private final Executor io;

    AwayReasonsApi(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
    }

    CompletableFuture<List<AwayReason>> list() {
        return call(() -> List.of(exchange("GET", null, AwayReason[].class, PATH)));
    }

    CompletableFuture<AwayReason> create(NewAwayReason reason) {
        return call(() -> exchange("POST", reason, AwayReason.class, PATH));
    }

    CompletableFuture<AwayReason> replace(long id, NewAwayReason reason) {
        return call(() -> exchange("PUT", reason, AwayReason.class, PATH, Long.toString(id)));
    }

    CompletableFuture<List<AwayReason>> reorder(List<Long> ids) {
        return call(() -> List.of(exchange("PUT", new AwayReasonOrder(ids), AwayReason[].class, PATH, "order")));
    }

    CompletableFuture<Void> delete(long id) {
        return call(() -> exchange("DELETE", null, Void.class, PATH, Long.toString(id)));
    }

    private <T> T exchange(String method, Object body, Class<T> answer, String... path) {
        return api.send(session.server(), session.token(), method, ApiPath.of((Object[]) path), body, answer);
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io);
    }
}
