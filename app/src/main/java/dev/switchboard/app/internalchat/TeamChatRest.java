package dev.switchboard.app.internalchat;

import dev.switchboard.shared.teamchat.NewTeamGroup;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamMessagePage;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The internal chat's REST calls, in the background with the session's token. */
public interface TeamChatRest {

    CompletableFuture<List<TeamConversation>> conversations();

    /** The one-to-one conversation with a colleague, made on first use. */
    CompletableFuture<TeamConversation> direct(long agentId);

    /** The newest {@code limit} messages before {@code before}. */
    CompletableFuture<TeamMessagePage> before(long conversationId, long before, int limit);

    /** Makes an ad-hoc group with the agent in it. */
    CompletableFuture<TeamConversation> createGroup(NewTeamGroup group);

    CompletableFuture<TeamConversation> rename(long conversationId, String title);

    CompletableFuture<TeamConversation> addMembers(long conversationId, List<Long> agentIds);

    /** Takes a member out of an ad-hoc group; the agent's own id leaves it. */
    CompletableFuture<Void> removeMember(long conversationId, long agentId);
}
