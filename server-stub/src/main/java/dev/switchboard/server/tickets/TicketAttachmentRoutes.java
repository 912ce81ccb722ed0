package dev.switchboard.server.tickets;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.chat.SafeFileNames;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonRoutes;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.tickets.TicketAttachment;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code POST /api/v1/tickets/{id}/attachments?name=…} (the file as the body, as chat files are
 * sent), {@code GET /api/v1/tickets/{id}/attachments}, and {@code GET /api/v1/ticket-attachments/{id}}
 * for the bytes: all for those who may see the ticket only.
 */
final class TicketAttachmentRoutes implements HttpApi.Routes {

    private final TicketAttachments attachments;
    private final Callers callers;

    TicketAttachmentRoutes(TicketAttachments attachments, Callers callers) {
        this.attachments = attachments;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/tickets/{id}/attachments", ctx -> {
            Principal caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            String name = Optional.ofNullable(ctx.queryParam("name")).orElse("file");
            try (InputStream body = ctx.req().getInputStream()) {
                ctx.status(201).json(attachments.upload(caller, id, name, body));
            }
        });
        JsonRoutes.on(routes, callers::of).getById("/api/v1/tickets/{id}/attachments", attachments::list);
        routes.get("/api/v1/ticket-attachments/{file}", ctx -> {
            TicketAttachment attachment = attachments.download(callers.of(ctx), ctx.pathParam("file"));
            Path file = attachments.file(attachment.id());
            if (!Files.isRegularFile(file)) {
                throw ApiException.notFound("attachment");
            }
            ctx.contentType(attachment.mediaType());
            // data to save, never a page running in the backend's origin (as chat files)
            ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
            ctx.header("Cache-Control", "private, max-age=3600");
            ctx.header("Content-Disposition", SafeFileNames.contentDisposition(SafeFileNames.clean(attachment.fileName())));
            try {
                ctx.result(Files.newInputStream(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
