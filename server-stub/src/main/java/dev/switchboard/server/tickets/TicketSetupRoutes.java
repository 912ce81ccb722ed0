package dev.switchboard.server.tickets;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonRoutes;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.tickets.NewTicketCategory;
import dev.switchboard.shared.tickets.NewTicketField;
import dev.switchboard.shared.tickets.NewTicketStatus;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/ticket-categories}, {@code /api/v1/ticket-statuses}, {@code /api/v1/ticket-fields}: every agent reads, administrators change. */
final class TicketSetupRoutes implements HttpApi.Routes {

    private final TicketSetup setup;
    private final CustomFields fields;
    private final Callers callers;

    TicketSetupRoutes(TicketSetup setup, CustomFields fields, Callers callers) {
        this.setup = setup;
        this.fields = fields;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        var api = JsonRoutes.on(routes, callers::of);
        api.get("/api/v1/ticket-categories", setup::categories);
        api.create("/api/v1/ticket-categories", NewTicketCategory.class, setup::createCategory);
        api.putById("/api/v1/ticket-categories/{id}", NewTicketCategory.class, setup::replaceCategory);
        api.get("/api/v1/ticket-statuses", setup::statuses);
        api.create("/api/v1/ticket-statuses", NewTicketStatus.class, setup::createStatus);
        // statuses are named by their key, not by a number
        routes.put("/api/v1/ticket-statuses/{key}", ctx -> {
            Principal caller = callers.of(ctx);
            ctx.json(setup.replaceStatus(caller, ctx.pathParam("key"), Requests.body(ctx, NewTicketStatus.class)));
        });
        api.get("/api/v1/ticket-fields", fields::list);
        api.create("/api/v1/ticket-fields", NewTicketField.class, fields::create);
        api.putById("/api/v1/ticket-fields/{id}", NewTicketField.class, fields::replace);
    }
}
