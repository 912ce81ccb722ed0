package dev.switchboard.server.agents;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.server.infra.TableFile;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code POST /api/v1/agents/import?dryRun=true|false} with the file as the body, and
 * {@code GET /api/v1/agents/export?format=csv|xlsx}.
 */
final class AgentImportRoutes implements HttpApi.Routes {

    private final AgentImport imports;
    private final Callers callers;
    private final Clock clock;

    AgentImportRoutes(AgentImport imports, Callers callers, Clock clock) {
        this.imports = imports;
        this.callers = callers;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/agents/import", ctx -> {
            var caller = callers.of(ctx);
            // a forgotten dryRun writes nothing
            boolean dryRun = Requests.booleanQuery(ctx, "dryRun", true);
            try (InputStream body = ctx.req().getInputStream()) {
                ctx.json(imports.importFile(caller, () -> TableFile.read(body), dryRun));
            }
        });
        routes.get("/api/v1/agents/export", ctx -> {
            var caller = callers.of(ctx);
            TableFile.Format format = TableFile.Format.of(ctx.queryParam("format"));
            attachment(ctx, "accounts-" + LocalDate.now(clock), format, imports.export(caller, format));
        });
    }

    /** {@code content} as a file to save, named {@code name} and the format's extension. */
    private static void attachment(Context ctx, String name, TableFile.Format format, byte[] content) {
        String file = name + "." + format.extension();
        ctx.contentType(format.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.result(content);
    }
}
