package dev.switchboard.server.agents;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.AgentRules;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.GroupPatch;
import dev.switchboard.shared.agents.NewGroup;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.sync.EntityTypes;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reading and administering groups (departments and skill groups). */
public final class GroupService {

    private static final Logger LOG = LoggerFactory.getLogger(GroupService.class);

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final GroupStore groups = new GroupStore();

    public GroupService(Jdbi jdbi, ChangeLog changeLog) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
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
}
