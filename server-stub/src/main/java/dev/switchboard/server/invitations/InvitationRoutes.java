package dev.switchboard.server.invitations;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.visitors.Invitation;
import dev.switchboard.shared.visitors.NewInvitation;
import dev.switchboard.shared.visitors.NewInvitationRule;
import io.javalin.config.RoutesConfig;

/** Manual invitations and the automatic rules. */
public final class InvitationRoutes implements HttpApi.Routes {

    private final InvitationService invitations;
    private final InvitationRuleService rules;
    private final Callers callers;

    public InvitationRoutes(InvitationService invitations, InvitationRuleService rules, Callers callers) {
        this.invitations = invitations;
        this.rules = rules;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/visitors/{id}/invitations", ctx -> {
            var caller = callers.of(ctx);
            Invitation invitation = invitations.invite(caller, ctx.pathParam("id"), Requests.body(ctx, NewInvitation.class));
            ctx.status(201).json(invitation);
        });
        routes.get("/api/v1/invitations/{id}", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(invitations.get(caller, Requests.id(ctx, "id")));
        });
        routes.get("/api/v1/invitation-rules", ctx -> ctx.json(rules.list(callers.of(ctx))));
        routes.post("/api/v1/invitation-rules", ctx -> {
            var caller = callers.of(ctx);
            ctx.status(201).json(rules.create(caller, Requests.body(ctx, NewInvitationRule.class)));
        });
        routes.put("/api/v1/invitation-rules/{id}", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(rules.replace(caller, id, Requests.body(ctx, NewInvitationRule.class)));
        });
        routes.delete("/api/v1/invitation-rules/{id}", ctx -> {
            var caller = callers.of(ctx);
            rules.delete(caller, Requests.id(ctx, "id"));
            ctx.status(204);
        });
    }
}
