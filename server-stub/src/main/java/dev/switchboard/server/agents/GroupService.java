package dev.switchboard.server.agents;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentRules;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.GroupPatch;
import dev.switchboard.shared.agents.NewGroup;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.agents.SkillChange;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.sync.EntityTypes;
import dev.switchboard.shared.groups.GroupRules;
import dev.switchboard.shared.groups.GroupSetup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reading and administering groups (departments and skill groups). */
public final class GroupService {

    private static final Logger LOG = LoggerFactory.getLogger(GroupService.class);

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final GroupStore groups = new GroupStore();
    private final AgentStore agents = new AgentStore();

    public GroupService(Jdbi jdbi, ChangeLog changeLog, AuditLog audit) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.audit = audit;
    }

    public List<Group> list(Principal caller) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(groups::all);
    }

    public Group get(Principal caller, long id) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(handle -> groups.find(handle, id)).orElseThrow(() -> ApiException.notFound("group " + id));
    }

    public Group create(Principal caller, NewGroup request) {
        caller.require(Role.ADMIN);
        Group group = createGroup(request);
        LOG.info("group created: id={} by={}", group.id(), caller.login());
        return group;
    }

    /** Creates a group without a caller: for the demo seed at start-up only. */
    Group createGroup(NewGroup request) {
        List<FieldError> errors = AgentRules.check(request);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the group is not valid", errors);
        }
        String name = request.name().strip();
        return changeLog.write(tx -> {
            if (groups.idOfName(tx.handle(), name).isPresent()) {
                throw new ApiException(ProblemType.CONFLICT, "a group named " + name + " exists");
            }
            long id = groups.insert(tx.handle(), name, request.description(), tx.now());
            Group group = groups.find(tx.handle(), id).orElseThrow();
            tx.record(EntityTypes.GROUP, Long.toString(id), ChangeOp.UPSERT, group);
            return group;
        });
    }

    public Group patch(Principal caller, long id, GroupPatch patch) {
        caller.require(Role.ADMIN);
        List<FieldError> errors = AgentRules.check(patch);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the change is not valid", errors);
        }
        Group updated = changeLog.write(tx -> {
            Group current = groups.find(tx.handle(), id).orElseThrow(() -> ApiException.notFound("group " + id));
            String name = patch.name() == null ? current.name() : patch.name().strip();
            if (!name.equals(current.name()) && groups.idOfName(tx.handle(), name).isPresent()) {
                throw new ApiException(ProblemType.CONFLICT, "a group named " + name + " exists");
            }
            groups.update(tx.handle(), new Group(id, name,
                    patch.description() == null ? current.description() : patch.description(), current.version()));
            Group group = groups.find(tx.handle(), id).orElseThrow();
            tx.record(EntityTypes.GROUP, Long.toString(id), ChangeOp.UPSERT, group);
            return group;
        });
        LOG.info("group changed: id={} by={}", id, caller.login());
        return updated;
    }

    /** The group's own part of its setup, read in the caller's transaction; empty when there is no such group. */
    public Optional<GroupCore> core(Handle handle, long groupId) {
        return groups.find(handle, groupId).map(group -> {
            GroupStore.ChatColumns chat = groups.chatColumns(handle, groupId).orElseThrow();
            return new GroupCore(group, chat.strategy(), chat.acceptTimeoutSeconds(), chat.maxWaitSeconds(), groups.members(handle, groupId));
        });
    }

    /**
     * Writes the group's own part of {@code setup} (checked already by the shared rules, against
     * the version it was read at) in the caller's transaction: its row, raising its version, and its
     * members, raising the version of every agent added, removed or given another skill. Records the
     * group's and those agents' changes. Supervisors may change skills and chat settings but not the
     * name, the description or who is a member (403). Answers the agents whose groups changed: their
     * open sockets must be told once the transaction commits.
     */
    public Set<Long> applyCore(ChangeLog.Tx tx, Principal caller, GroupCore current, GroupSetup setup) {
        Handle handle = tx.handle();
        long id = current.group().id();
        String name = setup.name().strip();
        String description = orNull(setup.description());
        Map<Long, Integer> before = new HashMap<>();
        current.members().forEach(member -> before.put(member.agentId(), member.skill()));
        Map<Long, Integer> after = new LinkedHashMap<>();
        setup.members().forEach(member -> after.put(member.agentId(), member.skill()));
        boolean identityChanged = !name.equals(current.group().name()) || !Objects.equals(description, orNull(current.group().description()))
                || !before.keySet().equals(after.keySet());
        if (identityChanged && caller.role() != Role.ADMIN) {
            throw new ApiException(ProblemType.FORBIDDEN, "only an administrator changes a group's name, description and members");
        }
        if (!name.equals(current.group().name()) && groups.idOfName(handle, name).isPresent()) {
            throw ApiException.invalid("the group is not valid", List.of(new FieldError("name", GroupRules.NAME_TAKEN)));
        }
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < setup.members().size(); i++) {
            long agentId = setup.members().get(i).agentId();
            if (!before.containsKey(agentId) && agents.find(handle, agentId).isEmpty()) {
                unknown.add(new FieldError("members[" + i + "].agentId", "no such agent"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("the members are not valid", unknown);
        }
        groups.updateSetup(handle, id, name, description,
                new GroupStore.ChatColumns(setup.strategy(), setup.acceptTimeoutSeconds(), setup.maxWaitSeconds()));
        Set<Long> moved = new TreeSet<>();
        Set<Long> touched = new TreeSet<>();
        before.forEach((agentId, skill) -> {
            if (!after.containsKey(agentId)) {
                groups.removeMember(handle, id, agentId);
                moved.add(agentId);
            } else if (!after.get(agentId).equals(skill)) {
                groups.setSkill(handle, id, agentId, after.get(agentId));
                touched.add(agentId);
            }
        });
        after.forEach((agentId, skill) -> {
            if (!before.containsKey(agentId)) {
                groups.addMember(handle, id, agentId, skill);
                moved.add(agentId);
            }
        });
        touched.addAll(moved);
        for (long agentId : touched) {
            handle.createUpdate("UPDATE agent SET version = version + 1 WHERE id = :id").bind("id", agentId).execute();
            tx.record(EntityTypes.AGENT, Long.toString(agentId), ChangeOp.UPSERT, agents.find(handle, agentId).orElseThrow());
        }
        tx.record(EntityTypes.GROUP, Long.toString(id), ChangeOp.UPSERT, groups.find(handle, id).orElseThrow());
        return moved;
    }

    /** No description is no description, however it was sent. */
    private static String orNull(String description) {
        return description == null || description.isBlank() ? null : description;
    }

    /**
     * Deletes the group's row in the caller's transaction and records its deletion; its members
     * and everything else pointing at it must be gone (the caller checks and clears them).
     */
    public void deleteRow(ChangeLog.Tx tx, long groupId) {
        groups.delete(tx.handle(), groupId);
        tx.record(EntityTypes.GROUP, Long.toString(groupId), ChangeOp.DELETE, null);
    }

    /**
     * Sets a member's skill in a group, which the SKILL strategy routes by. Administrators may set
     * anyone's; supervisors only in groups they belong to. The agent's change is synced.
     */
    public Agent setSkill(Principal caller, long groupId, long agentId, SkillChange change) {
        caller.require(Role.SUPERVISOR);
        Integer skill = change.skill();
        if (skill == null || skill < SkillChange.MIN || skill > SkillChange.MAX) {
            throw ApiException.invalid("the skill is not valid", List.of(new FieldError("skill", SkillChange.MIN + " to " + SkillChange.MAX)));
        }
        Agent updated = changeLog.write(tx -> {
            Handle handle = tx.handle();
            groups.find(handle, groupId).orElseThrow(() -> ApiException.notFound("group " + groupId));
            GroupSupervision.require(handle, caller, groupId);
            Integer before = agents.find(handle, agentId).map(agent -> agent.skills().get(groupId)).orElse(null);
            if (!agents.updateSkill(handle, agentId, groupId, skill)) {
                throw ApiException.notFound("agent " + agentId + " in group " + groupId);
            }
            if (!skill.equals(before)) {
                GroupVersion.raise(tx, groupId);
            }
            Agent agent = agents.find(handle, agentId).orElseThrow();
            tx.record(EntityTypes.AGENT, Long.toString(agentId), ChangeOp.UPSERT, agent);
            audit.record(handle, caller.agentId(), "group.skill", "agent:" + agentId, "group=" + groupId + "; skill=" + skill);
            return agent;
        });
        LOG.info("skill set: agent={} group={} skill={} by={}", agentId, groupId, skill, caller.login());
        return updated;
    }
}
