package dev.switchboard.server.sensitive;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.sensitive.SensitiveWordSettings;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/sensitive-words}, {@code /api/v1/sensitive-word-flags} and their acknowledgements. */
final class SensitiveWordRoutes implements HttpApi.Routes {

    private final SensitiveWords words;
    private final SensitiveWordFlags flags;
    private final Callers callers;

    SensitiveWordRoutes(SensitiveWords words, SensitiveWordFlags flags, Callers callers) {
        this.words = words;
        this.flags = flags;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/sensitive-words", ctx -> ctx.json(words.settings(callers.of(ctx))));
        routes.put("/api/v1/sensitive-words", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(words.replace(caller, Requests.body(ctx, SensitiveWordSettings.class)));
        });
        routes.get("/api/v1/sensitive-word-flags", ctx -> {
            var caller = callers.of(ctx);
            Long conversation = ctx.queryParam("conversationId") == null ? null
                    : Requests.longQuery(ctx, "conversationId", 1, Long.MAX_VALUE, 0);
            ctx.json(flags.list(caller, conversation, "false".equalsIgnoreCase(ctx.queryParam("acknowledged"))));
        });
        routes.post("/api/v1/sensitive-word-flags/{conversationId}/{seq}/acknowledgement", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(flags.acknowledge(caller, Requests.id(ctx, "conversationId"), Requests.id(ctx, "seq")));
        });
    }
}
