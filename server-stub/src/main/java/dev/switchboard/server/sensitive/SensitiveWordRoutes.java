package dev.switchboard.server.sensitive;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonRoutes;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.sensitive.NewSensitiveWords;
import dev.switchboard.shared.sensitive.SensitiveWordEdit;
import dev.switchboard.shared.sensitive.SensitiveWordMode;
import dev.switchboard.shared.sensitive.SensitiveWordSettings;
import dev.switchboard.shared.sensitive.SensitiveWordTrial;
import io.javalin.config.RoutesConfig;

/**
 * {@code /api/v1/sensitive-words} (the whole list), its words one by one ({@code /entries}), the
 * agents' mode, the trial of a sentence, {@code /api/v1/sensitive-word-flags} and their acknowledgements.
 */
final class SensitiveWordRoutes implements HttpApi.Routes {

    private final SensitiveWords words;
    private final SensitiveWordEntries entries;
    private final SensitiveWordFlags flags;
    private final Callers callers;

    SensitiveWordRoutes(SensitiveWords words, SensitiveWordEntries entries, SensitiveWordFlags flags, Callers callers) {
        this.words = words;
        this.entries = entries;
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
        var api = JsonRoutes.on(routes, callers::of);
        api.get("/api/v1/sensitive-words/entries", entries::list);
        // 200, not 201: some words, or none, may have been left out as duplicates
        api.post("/api/v1/sensitive-words/entries", NewSensitiveWords.class, entries::add);
        api.putById("/api/v1/sensitive-words/entries/{id}", SensitiveWordEdit.class, entries::replace);
        api.deleteById("/api/v1/sensitive-words/entries/{id}", entries::delete);
        api.put("/api/v1/sensitive-words/agent-mode", SensitiveWordMode.class, entries::setMode);
        api.post("/api/v1/sensitive-words/trial", SensitiveWordTrial.Request.class, words::trial);
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
