package dev.switchboard.server.agents;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.agents.PasswordReset;
import dev.switchboard.shared.agents.ProfileChange;
import io.javalin.config.RoutesConfig;

/**
 * Accounts administered in the workstation (issue 12): an administrator's password reset, an
 * agent's own profile and picture, and pictures for colleagues. Role checks are the services' job.
 */
public final class AccountRoutes implements HttpApi.Routes {

    private final AgentService agents;
    private final Profiles profiles;
    private final Callers callers;

    public AccountRoutes(AgentService agents, Profiles profiles, Callers callers) {
        this.agents = agents;
        this.profiles = profiles;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/agents/{id}/password", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            agents.resetPassword(caller, id, Requests.body(ctx, PasswordReset.class));
            ctx.status(204);
        });
        routes.get("/api/v1/agents/{id}/avatar", ctx -> {
            var caller = callers.of(ctx);
            AvatarStore.StoredAvatar avatar = profiles.avatar(caller, Requests.id(ctx, "id"));
            // the tag names the picture: a client that has it asks again only when the account's tag changes
            ctx.header("ETag", "\"" + avatar.tag() + "\"").header("Cache-Control", "private, no-cache")
                    .contentType("image/png").result(avatar.content());
        });
        routes.patch("/api/v1/me/profile", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(profiles.change(caller, Requests.body(ctx, ProfileChange.class)));
        });
        // the picture's bytes as they are: whatever the Content-Type says, only its content counts
        routes.put("/api/v1/me/avatar", ctx -> {
            var caller = callers.of(ctx);
            ctx.json(profiles.putAvatar(caller, ctx.bodyAsBytes()));
        });
        routes.delete("/api/v1/me/avatar", ctx -> ctx.json(profiles.removeAvatar(callers.of(ctx))));
    }
}
