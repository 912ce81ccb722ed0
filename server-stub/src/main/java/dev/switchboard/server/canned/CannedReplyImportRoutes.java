package dev.switchboard.server.canned;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.server.infra.TableFile;
import io.javalin.config.RoutesConfig;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code POST /api/v1/canned-replies/import?dryRun=true|false} with the file as the body, and
 * {@code GET /api/v1/canned-replies/export?format=csv|xlsx}.
 */
final class CannedReplyImportRoutes implements HttpApi.Routes {

    private final CannedReplyImport imports;
    private final Callers callers;
    private final Clock clock;

    CannedReplyImportRoutes(CannedReplyImport imports, Callers callers, Clock clock) {
        this.imports = imports;
        this.callers = callers;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/canned-replies/import", ctx -> {
            var caller = callers.of(ctx);
            // a forgotten dryRun writes nothing
            boolean dryRun = Requests.booleanQuery(ctx, "dryRun", true);
            try (InputStream body = ctx.req().getInputStream()) {
                ctx.json(imports.importFile(caller, () -> TableFile.read(body), dryRun));
            }
        });
        routes.get("/api/v1/canned-replies/export", ctx -> {
            var caller = callers.of(ctx);
            TableFile.Format format = TableFile.Format.of(ctx.queryParam("format"));
            byte[] content = imports.export(caller, format);
            ctx.contentType(format.contentType());
            ctx.header("Content-Disposition", "attachment; filename=\"canned-replies-" + LocalDate.now(clock) + "." + format.extension() + "\"");
            ctx.result(content);
        });
    }
}
