package dev.switchboard.app.internalchat;

import dev.switchboard.shared.teamchat.NewTeamGroup;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Ad-hoc groups of colleagues from this workstation: making one with a name and chosen
 * colleagues, renaming it, adding and taking out members, leaving. Each change is asked of the
 * server at once (it is refused while offline, unlike messages, which wait in the outbox); the
 * answer updates the list without waiting for the socket's news of it.
 */
public final class TeamGroups {

    private final TeamChatService service;
    private final TeamChatRest rest;
    private final long selfId;

    TeamGroups(TeamChatService service, TeamChatRest rest, long selfId) {
        this.service = service;
        this.rest = rest;
        this.selfId = selfId;
    }

    /** Makes a group of the agent and {@code memberIds}; answers its id once it is in the list. */
    public CompletableFuture<Long> create(String title, List<Long> memberIds) {
        return service.adopt(rest.createGroup(new NewTeamGroup(title, List.copyOf(memberIds))));
    }

    public CompletableFuture<Long> rename(long conversationId, String title) {
        return service.adopt(rest.rename(conversationId, title));
    }

    public CompletableFuture<Long> add(long conversationId, List<Long> agentIds) {
        return service.adopt(rest.addMembers(conversationId, List.copyOf(agentIds)));
    }

    /** Takes a member out; the agent themselves leaves, and the group leaves their list. */
    public CompletableFuture<Void> remove(long conversationId, long agentId) {
        CompletableFuture<Void> removed = rest.removeMember(conversationId, agentId);
        return agentId == selfId ? removed.thenCompose(ok -> service.forget(conversationId)) : removed;
    }
}
