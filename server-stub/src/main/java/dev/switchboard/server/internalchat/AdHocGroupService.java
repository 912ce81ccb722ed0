package dev.switchboard.server.internalchat;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.teamchat.NewTeamGroup;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamConversationKind;
import dev.switchboard.shared.teamchat.TeamEvent;
import dev.switchboard.shared.teamchat.TeamEventType;
import dev.switchboard.shared.teamchat.TeamMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ad-hoc groups of colleagues (ADR 19): made by an agent with the colleagues they choose and a
 * name; its owner (the creator, then the member who has been in it longest) or an administrator
 * among its members adds and removes members; any member renames it or leaves. Each change is a
 * message of the conversation ({@link TeamEvent}), stored with the messages' guarantees, so every
 * member's workstation shows it in order; a member joining later reads from that message on. The
 * workstations of those concerned hear of the change at once ({@code team.conversation},
 * {@code team.left}).
 */
public final class AdHocGroupService {

    private static final Logger LOG = LoggerFactory.getLogger(AdHocGroupService.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final InternalChatDelivery delivery;
    private final InternalChatService.Colleagues colleagues;
    private final InternalChatService chats;
    private final TeamConversationStore conversations = new TeamConversationStore();
    private final TeamMessageStore messages = new TeamMessageStore(conversations);

    AdHocGroupService(Jdbi jdbi, Clock clock, InternalChatDelivery delivery, InternalChatService.Colleagues colleagues,
                      InternalChatService chats) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.delivery = delivery;
        this.colleagues = colleagues;
        this.chats = chats;
    }

    /** Makes a group of the caller and the colleagues they chose; everyone's workstations get it at once. */
    public TeamConversation create(Principal caller, NewTeamGroup group) {
        caller.require(Role.AGENT);
        String title = title(group.title());
        List<Long> others = colleagues(caller, group.memberIds(), "memberIds");
        if (others.isEmpty()) {
            throw ApiException.invalid("a group needs colleagues", List.of(new FieldError("memberIds", "at least one colleague")));
        }
        TeamMessage[] created = new TeamMessage[1];
        long id = jdbi.inTransaction(handle -> {
            long conversation = conversations.insertAdHoc(handle, title, caller.agentId(), clock.instant());
            conversations.addMember(handle, conversation, caller.agentId(), 0);
            for (long agent : others) {
                conversations.addMember(handle, conversation, agent, 0);
            }
            created[0] = event(handle, caller, conversation, new TeamEvent(TeamEventType.CREATED, others, title));
            return conversation;
        });
        LOG.info("team group made: id={} by={} members={}", id, caller.login(), others.size() + 1);
        announce(id, created[0]);
        return chats.describe(caller.agentId(), id);
    }

    /** Gives the group a new name; any member may. */
    public TeamConversation rename(Principal caller, long conversationId, String newTitle) {
        caller.require(Role.AGENT);
        String title = title(newTitle);
        TeamMessage renamed = jdbi.inTransaction(handle -> {
            requireGroup(handle, caller, conversationId);
            TeamMessage event = event(handle, caller, conversationId, new TeamEvent(TeamEventType.RENAMED, List.of(), title));
            conversations.rename(handle, conversationId, title);
            return event;
        });
        announce(conversationId, renamed);
        return chats.describe(caller.agentId(), conversationId);
    }

    /**
     * Adds colleagues (the owner, or an administrator among the members); those in it already are
     * skipped. Each new member reads the group from the message that says they were added.
     */
    public TeamConversation add(Principal caller, long conversationId, List<Long> agentIds) {
        caller.require(Role.AGENT);
        List<Long> wanted = colleagues(caller, agentIds, "agentIds");
        Optional<TeamMessage> added = InternalChatService.retryingUniqueKeys(() -> jdbi.inTransaction(handle -> {
            requireOwner(caller, requireGroup(handle, caller, conversationId));
            List<Long> newcomers = wanted.stream().filter(agent -> !conversations.isMember(handle, conversationId, agent)).toList();
            if (newcomers.isEmpty()) {
                return Optional.<TeamMessage>empty();
            }
            TeamMessage event = event(handle, caller, conversationId, new TeamEvent(TeamEventType.ADDED, newcomers, null));
            for (long agent : newcomers) {
                // they read from the message that says they were added
                conversations.addMember(handle, conversationId, agent, event.seq() - 1);
            }
            return Optional.of(event);
        }));
        added.ifPresent(event -> {
            LOG.info("team group members added: id={} by={} agents={}", conversationId, caller.login(), event.event().agentIds());
            announce(conversationId, event);
        });
        return chats.describe(caller.agentId(), conversationId);
    }

    /** Takes a member out (the owner, or an administrator among the members), or the caller leaves when it is themselves. */
    public void remove(Principal caller, long conversationId, long agentId) {
        caller.require(Role.AGENT);
        boolean leaving = agentId == caller.agentId();
        TeamMessage out = jdbi.inTransaction(handle -> {
            TeamConversationStore.ConversationRow group = requireGroup(handle, caller, conversationId);
            if (!leaving) {
                requireOwner(caller, group);
                if (!conversations.isMember(handle, conversationId, agentId)) {
                    throw ApiException.notFound("agent " + agentId + " in this group");
                }
            }
            TeamMessage event = event(handle, caller, conversationId,
                    leaving ? new TeamEvent(TeamEventType.LEFT, List.of(), null) : new TeamEvent(TeamEventType.REMOVED, List.of(agentId), null));
            conversations.removeMember(handle, conversationId, agentId);
            if (group.ownerId() != null && group.ownerId() == agentId) {
                conversations.passOwnership(handle, conversationId);
            }
            return event;
        });
        LOG.info("team group member out: id={} agent={} by={}", conversationId, agentId, caller.login());
        delivery.left(agentId, conversationId);
        announce(conversationId, out);
    }

    /** The members of now get the group as each sees it (name, members, owner), then the event; one no longer in it got {@code team.left}. */
    private void announce(long conversationId, TeamMessage event) {
        Set<Long> now = jdbi.withHandle(handle -> conversations.members(handle, conversationId));
        for (long member : now) {
            delivery.conversation(member, chats.describe(member, conversationId));
        }
        delivery.message(now, event);
    }

    private TeamMessage event(Handle handle, Principal caller, long conversationId, TeamEvent event) {
        return messages.store(handle, new TeamMessageStore.Post(conversationId, "event-" + UUID.randomUUID(), caller.agentId(), "", null,
                event, clock.instant())).message();
    }

    /** The caller's ad-hoc group: 404 when there is no such conversation, 403 outside it, 409 for another kind. */
    private TeamConversationStore.ConversationRow requireGroup(Handle handle, Principal caller, long conversationId) {
        TeamConversationStore.ConversationRow row = chats.requireMember(handle, caller, conversationId);
        if (row.kind() != TeamConversationKind.AD_HOC) {
            throw new ApiException(ProblemType.CONFLICT, "only a group made by its members has members and a name to change");
        }
        return row;
    }

    private static void requireOwner(Principal caller, TeamConversationStore.ConversationRow group) {
        boolean owner = group.ownerId() != null && group.ownerId() == caller.agentId();
        if (!owner && !caller.role().atLeast(Role.ADMIN)) {
            LOG.warn("agent refused: login={} does not manage team group {}", caller.login(), group.id());
            throw new ApiException(ProblemType.FORBIDDEN, "only the group's owner or an administrator adds or removes members");
        }
    }

    /** The colleagues named, without the caller and repeats: every one an enabled agent, or 400 naming those that are not. */
    private List<Long> colleagues(Principal caller, List<Long> ids, String field) {
        if (ids == null || ids.size() > NewTeamGroup.MAX_MEMBERS) {
            throw ApiException.invalid("the colleagues are not valid",
                    List.of(new FieldError(field, "a list of 1 to " + NewTeamGroup.MAX_MEMBERS + " agent ids")));
        }
        Set<Long> distinct = new LinkedHashSet<>(ids);
        distinct.remove(caller.agentId());
        List<Long> unknown = new ArrayList<>();
        for (Long id : distinct) {
            if (id == null || !colleagues.isEnabledAgent(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("not every colleague is an agent", List.of(new FieldError(field, "no enabled agent " + unknown)));
        }
        return List.copyOf(distinct);
    }

    private static String title(String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty() || stripped.length() > NewTeamGroup.MAX_TITLE) {
            throw ApiException.invalid("the group's name is not valid",
                    List.of(new FieldError("title", "1 to " + NewTeamGroup.MAX_TITLE + " characters")));
        }
        return stripped;
    }
}
