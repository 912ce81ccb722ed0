package dev.switchboard.server.agents;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentPatch;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.GroupPatch;
import dev.switchboard.shared.agents.NewAgent;
import dev.switchboard.shared.agents.NewGroup;
import dev.switchboard.shared.agents.SkillChange;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/agents} and {@code /api/v1/groups}. Role checks are the services' job. */
public final class AgentRoutes implements HttpApi.Routes {

    private final AgentService agents;
    private final GroupService groups;
    private final Callers callers;

    public AgentRoutes(AgentService agents, GroupService groups, Callers callers) {
        this.agents = agents;
        this.groups = groups;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/agents", ctx -> ctx.json(agents.list(callers.of(ctx))));
        routes.get("/api/v1/agents/{id}", ctx -> ctx.json(agents.get(callers.of(ctx), Requests.id(ctx, "id"))));
        routes.post("/api/v1/agents", ctx -> {
            Agent created = agents.create(callers.of(ctx), Requests.body(ctx, NewAgent.class));
            ctx.status(201).header("Location", "/api/v1/agents/" + created.id()).json(created);
        });
        routes.patch("/api/v1/agents/{id}", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(agents.patch(caller, id, Requests.body(ctx, AgentPatch.class)));
        });

        routes.get("/api/v1/groups", ctx -> ctx.json(groups.list(callers.of(ctx))));
        routes.get("/api/v1/groups/{id}", ctx -> ctx.json(groups.get(callers.of(ctx), Requests.id(ctx, "id"))));
        routes.post("/api/v1/groups", ctx -> {
            Group created = groups.create(callers.of(ctx), Requests.body(ctx, NewGroup.class));
            ctx.status(201).header("Location", "/api/v1/groups/" + created.id()).json(created);
        });
        routes.patch("/api/v1/groups/{id}", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(groups.patch(caller, id, Requests.body(ctx, GroupPatch.class)));
        });
        routes.put("/api/v1/groups/{groupId}/members/{agentId}/skill", ctx -> {
            var caller = callers.of(ctx);
            long groupId = Requests.id(ctx, "groupId");
            long agentId = Requests.id(ctx, "agentId");
            ctx.json(groups.setSkill(caller, groupId, agentId, Requests.body(ctx, SkillChange.class)));
        });
    }
}
