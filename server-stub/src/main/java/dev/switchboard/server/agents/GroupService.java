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
import java.util.List;
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
            if (caller.role() != Role.ADMIN && !agents.isMember(handle, caller.agentId(), groupId)) {
                throw new ApiException(ProblemType.FORBIDDEN, "only an administrator or a supervisor of this group sets skills in it");
            }
            if (!agents.updateSkill(handle, agentId, groupId, skill)) {
                throw ApiException.notFound("agent " + agentId + " in group " + groupId);
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
