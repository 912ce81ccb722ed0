package dev.switchboard.server.triggers;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonRoutes;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.triggers.NewTicketSchedule;
import dev.switchboard.shared.triggers.NewTicketTrigger;
import dev.switchboard.shared.triggers.TicketSchedule;
import dev.switchboard.shared.triggers.TicketTrigger;
import dev.switchboard.shared.triggers.TicketTriggerOrder;
import dev.switchboard.shared.triggers.TriggerSettings;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/ticket-triggers} (with their order and settings) and {@code /api/v1/ticket-schedules}; role checks are the services'. */
final class TriggerRoutes implements HttpApi.Routes {

    static final String TRIGGERS = "/api/v1/ticket-triggers";
    static final String SCHEDULES = "/api/v1/ticket-schedules";

    private final TriggerService triggers;
    private final ScheduleService schedules;
    private final Callers callers;

    TriggerRoutes(TriggerService triggers, ScheduleService schedules, Callers callers) {
        this.triggers = triggers;
        this.schedules = schedules;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        var api = JsonRoutes.on(routes, callers::of);
        api.get(TRIGGERS, triggers::list);
        routes.post(TRIGGERS, ctx -> {
            TicketTrigger created = triggers.create(callers.of(ctx), Requests.body(ctx, NewTicketTrigger.class));
            ctx.status(201).header("Location", TRIGGERS + "/" + created.id()).json(created);
        });
        // before /{id}: "order" and "settings" are not ids
        api.put(TRIGGERS + "/order", TicketTriggerOrder.class, triggers::reorder);
        api.get(TRIGGERS + "/settings", triggers::settings);
        api.put(TRIGGERS + "/settings", TriggerSettings.class, triggers::changeSettings);
        api.getById(TRIGGERS + "/{id}", triggers::get);
        api.putById(TRIGGERS + "/{id}", NewTicketTrigger.class, triggers::replace);
        api.deleteById(TRIGGERS + "/{id}", triggers::delete);

        api.get(SCHEDULES, schedules::list);
        routes.post(SCHEDULES, ctx -> {
            TicketSchedule created = schedules.create(callers.of(ctx), Requests.body(ctx, NewTicketSchedule.class));
            ctx.status(201).header("Location", SCHEDULES + "/" + created.id()).json(created);
        });
        api.getById(SCHEDULES + "/{id}", schedules::get);
        api.putById(SCHEDULES + "/{id}", NewTicketSchedule.class, schedules::replace);
        api.deleteById(SCHEDULES + "/{id}", schedules::delete);
    }
}
