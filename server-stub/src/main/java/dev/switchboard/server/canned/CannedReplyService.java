package dev.switchboard.server.canned;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.chat.NewCannedReply;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Canned replies, synced to workstations through the change log so they work offline. Personal
 * replies are their owner's alone; group replies are written by supervisors and read by the
 * group's members.
 */
public final class CannedReplyService {

    private static final Pattern SHORTCUT = Pattern.compile("[\\p{L}\\p{N}_-]{1,40}");
    private static final String COLUMNS = "id, owner_id, group_id, shortcut, title, body, version";
    private static final RowMapper<CannedReply> REPLIES = RecordMapper.of(CannedReply.class);

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final AgentDirectory agents;

    public CannedReplyService(Jdbi jdbi, ChangeLog changeLog, AgentDirectory agents, SyncService sync) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.agents = agents;
        sync.restrict(CannedReply.ENTITY, reader -> {
            Set<Long> groups = agents.groupsOf(reader.agentId());
            return change -> change.data() == null
                    ? true // a deletion reveals only an id, and readers who never had the reply ignore it
                    : change.data().path("ownerId").asLong(-1) == reader.agentId()
                      || (change.data().hasNonNull("groupId") && groups.contains(change.data().path("groupId").asLong()));
        });
    }

    public List<CannedReply> visible(Principal caller) {
        caller.require(Role.AGENT);
        Set<Long> groups = agents.groupsOf(caller.agentId());
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM canned_reply ORDER BY shortcut, id")
                .map(REPLIES).list()).stream()
                .filter(reply -> (reply.ownerId() != null && reply.ownerId() == caller.agentId())
                        || (reply.groupId() != null && groups.contains(reply.groupId())))
                .toList();
    }

    public CannedReply create(Principal caller, NewCannedReply request) {
        caller.require(Role.AGENT);
        check(caller, request);
        return changeLog.write(tx -> {
            long id = tx.handle().createUpdate("INSERT INTO canned_reply (owner_id, group_id, shortcut, title, body, version)"
                            + " VALUES (:owner, :group, :shortcut, :title, :body, 1)")
                    .bind("owner", request.groupId() == null ? caller.agentId() : null).bind("group", request.groupId())
                    .bind("shortcut", request.shortcut()).bind("title", request.title().strip()).bind("body", request.body())
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            CannedReply reply = find(tx.handle(), id).orElseThrow();
            tx.record(CannedReply.ENTITY, Long.toString(id), ChangeOp.UPSERT, reply);
            return reply;
        });
    }

    public CannedReply replace(Principal caller, long id, NewCannedReply request) {
        caller.require(Role.AGENT);
        CannedReply current = editable(caller, id);
        check(caller, new NewCannedReply(current.groupId(), request.shortcut(), request.title(), request.body()));
        return changeLog.write(tx -> {
            tx.handle().createUpdate("UPDATE canned_reply SET shortcut = :shortcut, title = :title, body = :body, version = version + 1 WHERE id = :id")
                    .bind("shortcut", request.shortcut()).bind("title", request.title().strip()).bind("body", request.body()).bind("id", id)
                    .execute();
            CannedReply reply = find(tx.handle(), id).orElseThrow();
            tx.record(CannedReply.ENTITY, Long.toString(id), ChangeOp.UPSERT, reply);
            return reply;
        });
    }

    public void delete(Principal caller, long id) {
        caller.require(Role.AGENT);
        editable(caller, id);
        changeLog.write(tx -> {
            tx.handle().createUpdate("DELETE FROM canned_reply WHERE id = :id").bind("id", id).execute();
            tx.record(CannedReply.ENTITY, Long.toString(id), ChangeOp.DELETE, null);
            return null;
        });
    }

    /** Personal replies are their owner's to edit; group replies are supervisors' of that group. */
    private CannedReply editable(Principal caller, long id) {
        CannedReply reply = jdbi.withHandle(handle -> find(handle, id)).orElseThrow(() -> ApiException.notFound("canned reply " + id));
        boolean own = reply.ownerId() != null && reply.ownerId() == caller.agentId();
        boolean groupSupervisor = reply.groupId() != null && caller.role().atLeast(Role.SUPERVISOR)
                && (caller.role().atLeast(Role.ADMIN) || agents.groupsOf(caller.agentId()).contains(reply.groupId()));
        if (!own && !groupSupervisor) {
            throw ApiException.notFound("canned reply " + id);
        }
        return reply;
    }

    private void check(Principal caller, NewCannedReply request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.shortcut() == null || !SHORTCUT.matcher(request.shortcut()).matches()) {
            errors.add(new FieldError("shortcut", "1 to 40 letters, digits, '_' or '-', typed after '/'"));
        }
        if (request.title() == null || request.title().isBlank() || request.title().length() > 100) {
            errors.add(new FieldError("title", "1 to 100 characters"));
        }
        if (request.body() == null || request.body().isBlank() || request.body().length() > 2000) {
            errors.add(new FieldError("body", "1 to 2000 characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the canned reply is not valid", errors);
        }
        if (request.groupId() != null) {
            caller.require(Role.SUPERVISOR);
            if (agents.groupName(request.groupId()).isEmpty()) {
                throw ApiException.invalid("unknown group", List.of(new FieldError("groupId", "an existing group")));
            }
            if (!caller.role().atLeast(Role.ADMIN) && !agents.groupsOf(caller.agentId()).contains(request.groupId())) {
                throw new ApiException(ProblemType.FORBIDDEN, "supervisors share replies with their own groups");
            }
        }
    }

    private static Optional<CannedReply> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM canned_reply WHERE id = :id").bind("id", id).map(REPLIES).findOne();
    }
}
