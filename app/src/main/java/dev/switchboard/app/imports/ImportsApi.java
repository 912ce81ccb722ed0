package dev.switchboard.app.imports;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.imports.ImportReport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** {@code POST /api/v1/{agents|canned-replies}/import} and {@code GET .../export} with the session's token, on the I/O executor. */
final class ImportsApi {

    private final ApiClient api;
    private final Session session;
    private final Executor io;

    ImportsApi(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
    }

    /** What each row of {@code file} would do ({@code dryRun}), or does: then all rows are written, or none. */
    CompletableFuture<ImportReport> importFile(ImportKind kind, byte[] file, boolean dryRun) {
        return CompletableFuture.supplyAsync(() -> api.send(session.server(), session.token(), "POST",
                ApiPath.of(kind.path(), "import").query("dryRun", dryRun), file, ImportReport.class), io);
    }

    /** The export's file, as the server wrote it. */
    CompletableFuture<byte[]> export(ImportKind kind, String format) {
        return CompletableFuture.supplyAsync(() -> api.send(session.server(), session.token(), "GET",
                ApiPath.of(kind.path(), "export").query("format", format), null, byte[].class), io);
    }
}
