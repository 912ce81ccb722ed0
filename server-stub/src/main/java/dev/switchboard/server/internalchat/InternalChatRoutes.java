package dev.switchboard.server.internalchat;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.teamchat.NewDirectConversation;
import dev.switchboard.shared.teamchat.NewTeamGroup;
import dev.switchboard.shared.teamchat.NewTeamMessage;
import dev.switchboard.shared.teamchat.TeamGroupMembers;
import dev.switchboard.shared.teamchat.TeamGroupTitle;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code /api/v1/team/conversations} and {@code /api/v1/team/groups}: the internal chat's REST side
 * (the workstation's history pages and group management, integrations).
 */
final class InternalChatRoutes implements HttpApi.Routes {

    private static final String CONVERSATIONS = "/api/v1/team/conversations";

    private final InternalChatService chats;
    private final AdHocGroupService groups;
    private final Callers callers;

    InternalChatRoutes(InternalChatService chats, AdHocGroupService groups, Callers callers) {
        this.chats = chats;
        this.groups = groups;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(CONVERSATIONS, ctx -> ctx.json(chats.conversations(callers.of(ctx))));
        routes.post(CONVERSATIONS, ctx -> {
            var caller = callers.of(ctx);
            InternalChatService.Direct direct = chats.direct(caller, Requests.body(ctx, NewDirectConversation.class).agentId());
            ctx.status(direct.created() ? 201 : 200).json(direct.conversation());
        });
        routes.get(CONVERSATIONS + "/{id}/messages", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            int limit = (int) Requests.longQuery(ctx, "limit", 1, InternalChatService.MAX_PAGE, 50);
            ctx.json(chats.page(caller, id, optionalSeq(ctx, "before"), optionalSeq(ctx, "after"), limit));
        });
        routes.post(CONVERSATIONS + "/{id}/messages", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            NewTeamMessage body = Requests.body(ctx, NewTeamMessage.class);
            TeamMessageStore.Stored stored = chats.store(caller, id, body.clientId(), body.text(), body.sharedChatId());
            ctx.status(stored.isNew() ? 201 : 200).json(stored.message());
        });
        registerGroups(routes);
    }

    /** Ad-hoc groups: made by an agent, renamed by any member, members added and removed by the owner, left by anyone. */
    private void registerGroups(RoutesConfig routes) {
        routes.post("/api/v1/team/groups", ctx -> {
            var caller = callers.of(ctx);
            ctx.status(201).json(groups.create(caller, Requests.body(ctx, NewTeamGroup.class)));
        });
        routes.put(CONVERSATIONS + "/{id}/title", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(groups.rename(caller, id, Requests.body(ctx, TeamGroupTitle.class).title()));
        });
        routes.post(CONVERSATIONS + "/{id}/members", ctx -> {
            var caller = callers.of(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(groups.add(caller, id, Requests.body(ctx, TeamGroupMembers.class).agentIds()));
        });
        routes.delete(CONVERSATIONS + "/{id}/members/{agentId}", ctx -> {
            var caller = callers.of(ctx);
            groups.remove(caller, Requests.id(ctx, "id"), Requests.id(ctx, "agentId"));
            ctx.status(204);
        });
    }

    private static Long optionalSeq(Context ctx, String name) {
        return ctx.queryParam(name) == null ? null : Requests.longQuery(ctx, name, 0, Long.MAX_VALUE, 0);
    }
}
