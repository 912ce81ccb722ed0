package dev.switchboard.app.groups;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.SessionApi;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.NewGroup;
import dev.switchboard.shared.groups.GroupSetup;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** {@code /api/v1/groups} and a group's {@code /setup} with the session's token, on the I/O executor. */
class GroupsApi {

    private final SessionApi api;

    GroupsApi(ApiClient api, Session session, Executor io) {
        this.api = new SessionApi(api, session.server(), session.token(), io);
    }

    CompletableFuture<GroupSetup> setup(long groupId) {
        return call("GET", null, GroupSetup.class, "groups", groupId, "setup");
    }

    /** Saves the whole setup against its version; 409 when the group was saved by someone else meanwhile. */
    CompletableFuture<GroupSetup> save(GroupSetup setup) {
        return call("PUT", setup, GroupSetup.class, "groups", setup.id(), "setup");
    }

    CompletableFuture<Group> create(NewGroup group) {
        return call("POST", group, Group.class, "groups");
    }

    /** 409 naming what still points at the group (its problem's fields: members, openChats, ...). */
    CompletableFuture<Void> delete(long groupId) {
        return call("DELETE", null, Void.class, "groups", groupId);
    }

    private <T> CompletableFuture<T> call(String method, Object body, Class<T> answer, Object... path) {
        return api.send(method, ApiPath.of(path), body, answer);
    }
}
