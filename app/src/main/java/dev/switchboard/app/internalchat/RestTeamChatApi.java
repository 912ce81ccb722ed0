package dev.switchboard.app.internalchat;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.shared.teamchat.NewTeamGroup;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamGroupMembers;
import dev.switchboard.shared.teamchat.TeamGroupTitle;
import dev.switchboard.shared.teamchat.TeamMessagePage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** {@link TeamChatRest} over the REST API with the session's token, on the I/O executor. */
final class RestTeamChatApi implements TeamChatRest {

    private final ApiClient api;
    private final ServerUrl server;
    private final String token;
    private final Executor io;

    RestTeamChatApi(ApiClient api, ServerUrl server, String token, Executor io) {
        this.api = api;
        this.server = server;
        this.token = token;
        this.io = io;
    }

    @Override
    public CompletableFuture<List<TeamConversation>> conversations() {
        return CompletableFuture.supplyAsync(() -> api.teamConversations(server, token), io);
    }

    @Override
    public CompletableFuture<TeamConversation> direct(long agentId) {
        return CompletableFuture.supplyAsync(() -> api.directTeamConversation(server, token, agentId), io);
    }

    @Override
    public CompletableFuture<TeamMessagePage> before(long conversationId, long before, int limit) {
        return CompletableFuture.supplyAsync(() -> api.teamMessagesBefore(server, token, conversationId, before, limit), io);
    }

    @Override
    public CompletableFuture<TeamConversation> createGroup(NewTeamGroup group) {
        return CompletableFuture.supplyAsync(() -> api.exchange(server, token, "POST", group, TeamConversation.class, "team", "groups"), io);
    }

    @Override
    public CompletableFuture<TeamConversation> rename(long conversationId, String title) {
        return CompletableFuture.supplyAsync(() -> api.exchange(server, token, "PUT", new TeamGroupTitle(title), TeamConversation.class,
                "team", "conversations", Long.toString(conversationId), "title"), io);
    }

    @Override
    public CompletableFuture<TeamConversation> addMembers(long conversationId, List<Long> agentIds) {
        return CompletableFuture.supplyAsync(() -> api.exchange(server, token, "POST", new TeamGroupMembers(agentIds), TeamConversation.class,
                "team", "conversations", Long.toString(conversationId), "members"), io);
    }

    @Override
    public CompletableFuture<Void> removeMember(long conversationId, long agentId) {
        return CompletableFuture.runAsync(() -> api.exchange(server, token, "DELETE", null, Void.class,
                "team", "conversations", Long.toString(conversationId), "members", Long.toString(agentId)), io);
    }
}
