package dev.switchboard.server.tickets;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonRoutes;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.TicketPatch;
import io.javalin.config.RoutesConfig;

/**
 * {@code /api/v1/tickets}: create, list, read, change (PATCH from a version; a collision answers 409
 * with the current ticket), comments and history; and a ticket made from a chat.
 */
final class TicketRoutes implements HttpApi.Routes {

    private final TicketService tickets;
    private final TicketSearch search;
    private final TicketComments comments;
    private final TicketsFromChats fromChats;
    private final Callers callers;

    TicketRoutes(TicketService tickets, TicketSearch search, TicketComments comments, TicketsFromChats fromChats, Callers callers) {
        this.tickets = tickets;
        this.search = search;
        this.comments = comments;
        this.fromChats = fromChats;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.exception(TicketConflictException.class, (e, ctx) -> ctx.status(e.conflict().status())
                .contentType(Problem.MEDIA_TYPE).result(Json.mapper().valueToTree(e.conflict()).toString()));
        var api = JsonRoutes.on(routes, callers::of);
        routes.get("/api/v1/tickets", ctx -> {
            Principal caller = callers.of(ctx);
            ctx.json(search.search(caller, TicketQuery.from(ctx, caller.agentId())));
        });
        api.create("/api/v1/tickets", NewTicket.class, tickets::create);
        api.getById("/api/v1/tickets/{id}", tickets::get);
        routes.patch("/api/v1/tickets/{id}", ctx -> {
            Principal caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(tickets.patch(caller, id, Requests.body(ctx, TicketPatch.class)));
        });
        api.getById("/api/v1/tickets/{id}/history", tickets::history);
        api.getById("/api/v1/tickets/{id}/comments", comments::list);
        routes.post("/api/v1/tickets/{id}/comments", ctx -> {
            Principal caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.status(201).json(comments.add(caller, id, Requests.body(ctx, NewTicketComment.class)));
        });
        routes.post("/api/v1/conversations/{id}/ticket", ctx -> {
            Principal caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.status(201).json(fromChats.create(caller, id, Requests.body(ctx, NewTicket.class)));
        });
    }
}
