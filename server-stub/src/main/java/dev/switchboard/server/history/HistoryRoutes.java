package dev.switchboard.server.history;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.history.HistoryQuery;
import dev.switchboard.shared.history.Transcript;
import dev.switchboard.shared.problem.FieldError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code GET /api/v1/history} (a page of a search), {@code /api/v1/history/{id}} (a transcript),
 * {@code /api/v1/history/{id}/export} and {@code /api/v1/history/export} (text or CSV).
 */
final class HistoryRoutes implements HttpApi.Routes {

    private final HistoryService history;
    private final Callers callers;

    HistoryRoutes(HistoryService history, Callers callers) {
        this.history = history;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/history", ctx -> {
            Principal caller = callers.of(ctx);
            Long before = ctx.queryParam("before") == null ? null : Requests.longQuery(ctx, "before", 1, Long.MAX_VALUE, 0);
            int limit = (int) Requests.longQuery(ctx, "limit", 1, HistoryService.MAX_PAGE, 50);
            ctx.json(history.search(caller, query(ctx), before, limit));
        });
        routes.get("/api/v1/history/export", ctx -> {
            Principal caller = callers.of(ctx);
            HistoryQuery query = query(ctx);
            export(ctx, "switchboard-history", sink -> history.exportSearch(caller, query, sink));
        });
        routes.get("/api/v1/history/{id}", ctx -> {
            Principal caller = callers.of(ctx);
            ctx.json(history.transcript(caller, Requests.id(ctx, "id")));
        });
        routes.get("/api/v1/history/{id}/export", ctx -> {
            Principal caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            export(ctx, "switchboard-chat-" + id, sink -> sink.accept(history.transcript(caller, id)));
        });
    }

    /** Writes the transcripts {@code source} gives as an attachment, in the format, language and zone the request asks for. */
    private static void export(Context ctx, String fileName, Consumer<Consumer<Transcript>> source) {
        TranscriptExport.Format format = format(ctx.queryParam("format"));
        ZoneId zone = zone(ctx.queryParam("zone"));
        String language = ctx.queryParam("lang") != null ? ctx.queryParam("lang") : ctx.header("Accept-Language");
        StringWriter out = new StringWriter();
        TranscriptExport export = new TranscriptExport(format, ExportTexts.of(language), zone, out);
        export.begin();
        source.accept(export::add);
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "." + format.extension + "\"");
        ctx.header("X-Exported-Chats", String.valueOf(export.written()));
        ctx.contentType(format.contentType).result(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    static HistoryQuery query(Context ctx) {
        String text = ctx.queryParam("text");
        if (text != null && text.length() > HistoryQuery.MAX_TEXT) {
            throw invalid("text", "at most " + HistoryQuery.MAX_TEXT + " characters");
        }
        String visitor = ctx.queryParam("visitor");
        if (visitor != null && visitor.length() > 100) {
            throw invalid("visitor", "at most 100 characters");
        }
        return new HistoryQuery(blankToNull(text), blankToNull(visitor), optionalId(ctx, "agentId"), optionalId(ctx, "groupId"),
                instant(ctx, "from"), instant(ctx, "to"),
                ctx.queryParam("rating") == null ? null : (int) Requests.longQuery(ctx, "rating", 1, 5, 0), optionalId(ctx, "categoryId"));
    }

    private static Long optionalId(Context ctx, String name) {
        return ctx.queryParam(name) == null ? null : Requests.longQuery(ctx, name, 1, Long.MAX_VALUE, 0);
    }

    private static Instant instant(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, "an ISO-8601 instant, e.g. 2026-12-01T00:00:00Z");
        }
    }

    private static TranscriptExport.Format format(String value) {
        if (value == null) {
            return TranscriptExport.Format.CSV;
        }
        try {
            return TranscriptExport.Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("format", "text or csv");
        }
    }

    private static ZoneId zone(String value) {
        if (value == null || value.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw invalid("zone", "a time zone such as Asia/Shanghai");
        }
    }

    private static ApiException invalid(String field, String rule) {
        return ApiException.invalid("bad query parameter", List.of(new FieldError(field, rule)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
