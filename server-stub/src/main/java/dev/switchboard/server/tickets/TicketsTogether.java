package dev.switchboard.server.tickets;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.tickets.together.BulkRequest;
import dev.switchboard.shared.tickets.together.BulkResult;
import dev.switchboard.shared.tickets.together.MergeRequest;
import dev.switchboard.shared.tickets.together.SplitRequest;
import io.javalin.config.RoutesConfig;

/**
 * Working the ticket queue together (issue 13, ADR 0037), the tickets feature's part: bulk changes
 * ({@code POST /api/v1/tickets/bulk}), merge and split ({@code POST /api/v1/tickets/{id}/merge|split}),
 * and who views and replies ({@code ticket.viewing}/{@code ticket.viewers} on the agent socket).
 * Saved views are a feature of their own ({@code ticketviews}).
 */
final class TicketsTogether implements HttpApi.Routes {

    private final TicketBulk bulk;
    private final TicketMerges merges;
    private final Callers callers;

    private TicketsTogether(TicketBulk bulk, TicketMerges merges, Callers callers) {
        this.bulk = bulk;
        this.merges = merges;
        this.callers = callers;
    }

    static void install(FeatureContext context, TicketService tickets, TicketComments comments, TicketAccess access, TicketSlas slas) {
        TicketPresence presence = new TicketPresence(context.jdbi(), access, context.require(AgentDirectory.class), context.clock());
        context.require(AgentSocket.class).addHandler(presence);
        // for this node's sockets, on every node
        context.every(TicketPresence.SWEEP, TicketPresence.SWEEP, "ticket viewers' expiry", presence::sweep);
        context.routes(new TicketsTogether(new TicketBulk(tickets, comments),
                new TicketMerges(context.jdbi(), context.require(ChangeLog.class), access, tickets, slas), context.require(Callers.class)));
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/tickets/bulk", ctx -> {
            Principal caller = callers.of(ctx);
            BulkResult result = bulk.apply(caller, Requests.body(ctx, BulkRequest.class));
            // 207 Multi-Status: the answer says per ticket what happened
            ctx.status(result.failed() == 0 ? 200 : 207).json(result);
        });
        routes.post("/api/v1/tickets/{id}/merge", ctx -> {
            Principal caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(merges.merge(caller, id, Requests.body(ctx, MergeRequest.class)));
        });
        routes.post("/api/v1/tickets/{id}/split", ctx -> {
            Principal caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.status(201).json(merges.split(caller, id, Requests.body(ctx, SplitRequest.class)));
        });
    }
}
