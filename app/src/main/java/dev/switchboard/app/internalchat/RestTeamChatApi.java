package dev.switchboard.app.internalchat;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.net.SessionApi;
import dev.switchboard.shared.teamchat.NewDirectConversation;
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

    private static final ApiPath CONVERSATIONS = ApiPath.of("team", "conversations");

    private final SessionApi api;

    RestTeamChatApi(ApiClient api, ServerUrl server, String token, Executor io) {
        this.api = new SessionApi(api, server, token, io);
    }

    /** {@code GET /api/v1/team/conversations}: the conversations the agent is in, each group's among them. */
    @Override
    public CompletableFuture<List<TeamConversation>> conversations() {
        return api.get(CONVERSATIONS, TeamConversation[].class).thenApply(List::of);
    }

    /** {@code POST /api/v1/team/conversations}: the one-to-one conversation with a colleague, made on first use. */
    @Override
    public CompletableFuture<TeamConversation> direct(long agentId) {
        return api.send("POST", CONVERSATIONS, new NewDirectConversation(agentId), TeamConversation.class);
    }

    /** {@code GET /api/v1/team/conversations/{id}/messages?before=SEQ&limit=N}: the newest messages before {@code before}. */
    @Override
    public CompletableFuture<TeamMessagePage> before(long conversationId, long before, int limit) {
        return api.get(ApiPath.of("team", "conversations", conversationId, "messages").query("before", before).query("limit", limit),
                TeamMessagePage.class);
    }

    @Override
    public CompletableFuture<TeamConversation> createGroup(NewTeamGroup group) {
        return api.send("POST", ApiPath.of("team", "groups"), group, TeamConversation.class);
    }

    @Override
    public CompletableFuture<TeamConversation> rename(long conversationId, String title) {
        return api.send("PUT", ApiPath.of("team", "conversations", conversationId, "title"), new TeamGroupTitle(title), TeamConversation.class);
    }

    @Override
    public CompletableFuture<TeamConversation> addMembers(long conversationId, List<Long> agentIds) {
        return api.send("POST", ApiPath.of("team", "conversations", conversationId, "members"), new TeamGroupMembers(agentIds),
                TeamConversation.class);
    }

    @Override
    public CompletableFuture<Void> removeMember(long conversationId, long agentId) {
        return api.send("DELETE", ApiPath.of("team", "conversations", conversationId, "members", agentId), null, Void.class);
    }
}
