package dev.switchboard.server.chat;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.server.sites.WidgetRoutes;
import dev.switchboard.server.visitors.VisitorService;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.problem.ProblemType;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Uploading and downloading chat files. Agents use their bearer token; the widget, which has no
 * token and runs on another origin, proves the visitor with {@code X-Visitor-Id} and
 * {@code X-Visitor-Token} headers (never the URL). Files are served only to the chat's participants, past and present.
 */
final class AttachmentRoutes implements HttpApi.Routes {

    private static final String VISITOR_ID = "X-Visitor-Id";
    private static final String VISITOR_TOKEN = "X-Visitor-Token";

    private final ChatAttachments chats;
    private final Callers callers;
    private final VisitorService visitors;
    private final SiteService sites;

    AttachmentRoutes(ChatAttachments chats, Callers callers, VisitorService visitors, SiteService sites) {
        this.chats = chats;
        this.callers = callers;
        this.visitors = visitors;
        this.sites = sites;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/conversations/{id}/attachments", ctx -> {
            var caller = callers.of(ctx);
            Attachment saved = upload(ctx, new ChatAuthor.Agent(caller), Requests.id(ctx, "id"));
            ctx.status(201).json(saved);
        });
        routes.options("/api/v1/widget/attachments", this::preflight);
        routes.options("/api/v1/widget/attachments/{file}", this::preflight);
        routes.post("/api/v1/widget/attachments", ctx -> {
            ChatAuthor author = visitor(ctx);
            long conversationId = Requests.longQuery(ctx, "conversationId", 1, Long.MAX_VALUE, 0);
            ctx.status(201).json(upload(ctx, author, conversationId));
        });
        routes.get("/api/v1/widget/attachments/{file}", ctx -> download(ctx, visitor(ctx)));
        routes.get("/api/v1/attachments/{file}", ctx -> download(ctx, new ChatAuthor.Agent(callers.of(ctx))));
    }

    private Attachment upload(Context ctx, ChatAuthor author, long conversationId) {
        String name = Optional.ofNullable(ctx.queryParam("name")).orElse("file");
        try (InputStream body = ctx.req().getInputStream()) {
            return chats.upload(author, conversationId, name, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void download(Context ctx, ChatAuthor author) {
        AttachmentStore.Stored stored = chats.download(author, ctx.pathParam("file"));
        boolean thumbnail = "true".equals(ctx.queryParam("thumbnail")) && stored.attachment().thumbnail();
        Attachment attachment = stored.attachment();
        Path file = chats.file(attachment.id(), thumbnail);
        if (!Files.isRegularFile(file)) {
            throw ApiException.notFound("attachment");
        }
        ctx.contentType(thumbnail ? "image/png" : attachment.mediaType());
        // a file is data to save or to show through a blob, never a page that runs in our origin,
        // nor one a browser may guess to be something else
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "private, max-age=3600");
        // names stored before the naming rules were made safe as they go out, too
        String name = SafeFileNames.fitted(SafeFileNames.clean(attachment.fileName()), attachment.mediaType(), false);
        ctx.header("Content-Disposition", SafeFileNames.contentDisposition(name));
        try {
            ctx.result(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The widget's own requests: the visitor proven by headers, and CORS for the visitor's site. */
    private ChatAuthor visitor(Context ctx) {
        String visitorId = ctx.header(VISITOR_ID);
        Optional<String> site = visitors.authenticate(visitorId, ctx.header(VISITOR_TOKEN));
        WidgetRoutes.allowOrigin(ctx, site.flatMap(sites::find));
        if (site.isEmpty()) {
            throw new ApiException(ProblemType.UNAUTHENTICATED, "the visitor's id and token are required");
        }
        return new ChatAuthor.Visitor(visitorId);
    }

    private void preflight(Context ctx) {
        // the preflight carries no credentials: answer for any origin a site allows, the real request checks the visitor
        String origin = ctx.header("Origin");
        boolean allowed = origin != null && sites.anyAllows(origin);
        ctx.header("Vary", "Origin");
        if (allowed) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Access-Control-Allow-Methods", "GET, POST");
            ctx.header("Access-Control-Allow-Headers", "Content-Type, " + VISITOR_ID + ", " + VISITOR_TOKEN);
            ctx.header("Access-Control-Max-Age", "600");
        }
        ctx.status(204);
    }
}
