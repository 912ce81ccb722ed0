package dev.switchboard.server.canned;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.chat.CannedReplyOrder;
import dev.switchboard.shared.chat.CannedReplyRules;
import dev.switchboard.shared.chat.NewCannedReply;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Canned replies, synced to workstations through the change log so they work offline. Personal
 * replies are their owner's alone; group replies are written by supervisors of the group (and
 * administrators) and read by the group's members. Each scope (an owner's replies, a group's) has
 * its own order, which its editors change. Within a scope a shortcut names one reply; a change
 * carries the version read (409 otherwise). Changes of group replies are audited (personal ones are
 * their owner's own business). Administrators and supervisors see the group replies they may edit
 * in the library ({@code GET /api/v1/canned-replies/library}), also of groups they are not in.
 */
public final class CannedReplyService {

    private static final String COLUMNS = "id, owner_id, group_id, shortcut, title, body, category, position, version";
    private static final RowMapper<CannedReply> REPLIES = RecordMapper.of(CannedReply.class);

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final AgentDirectory agents;
    private final AuditLog audit;

    public CannedReplyService(Jdbi jdbi, ChangeLog changeLog, AgentDirectory agents, SyncService sync, AuditLog audit) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.agents = agents;
        this.audit = audit;
        sync.restrict(CannedReply.ENTITY, reader -> {
            Set<Long> groups = agents.groupsOf(reader.agentId());
            return change -> change.data() == null
                    ? true // a deletion reveals only an id, and readers who never had the reply ignore it
                    : change.data().path("ownerId").asLong(-1) == reader.agentId()
                      || (change.data().hasNonNull("groupId") && groups.contains(change.data().path("groupId").asLong()));
        });
    }

    /** The caller's personal replies and their groups', each scope in its order. */
    public List<CannedReply> visible(Principal caller) {
        caller.require(Role.AGENT);
        Set<Long> groups = agents.groupsOf(caller.agentId());
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM canned_reply"
                                + " WHERE owner_id = :me OR group_id IS NOT NULL ORDER BY position, id")
                        .bind("me", caller.agentId()).map(REPLIES).list()).stream()
                .filter(reply -> !reply.shared() || groups.contains(reply.groupId()))
                .toList();
    }

    /**
     * The group replies the caller may edit, group by group, each group's in its order:
     * administrators every group's, supervisors their own groups'.
     */
    public List<CannedReply> library(Principal caller) {
        caller.require(Role.SUPERVISOR);
        boolean admin = caller.role().atLeast(Role.ADMIN);
        Set<Long> groups = agents.groupsOf(caller.agentId());
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM canned_reply WHERE group_id IS NOT NULL"
                        + " ORDER BY group_id, position, id").map(REPLIES).list()).stream()
                .filter(reply -> admin || groups.contains(reply.groupId()))
                .toList();
    }

    public CannedReply create(Principal caller, NewCannedReply request) {
        caller.require(Role.AGENT);
        check(caller, request);
        Long owner = request.groupId() == null ? caller.agentId() : null;
        return changeLog.write(tx -> {
            requireValidInScope(request, false, scope(tx.handle(), caller, request.groupId()), null);
            // the change log's writers take turns, so two new replies of a scope never get one place
            int last = tx.handle().createQuery("SELECT COALESCE(MAX(position), 0) FROM canned_reply WHERE "
                            + (owner == null ? "group_id = :scope" : "owner_id = :scope"))
                    .bind("scope", owner == null ? request.groupId() : owner).mapTo(Integer.class).one();
            long id = tx.handle().createUpdate("INSERT INTO canned_reply (owner_id, group_id, shortcut, title, body, category, position, version)"
                            + " VALUES (:owner, :group, :shortcut, :title, :body, :category, :position, 1)")
                    .bind("owner", owner).bind("group", request.groupId())
                    .bind("shortcut", request.shortcut()).bind("title", request.title().strip()).bind("body", request.body())
                    .bind("category", CannedReplyRules.category(request.category())).bind("position", last + 1)
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            CannedReply created = recordUpsert(tx, id);
            auditShared(tx.handle(), caller, created, "canned-reply.create");
            return created;
        });
    }

    public CannedReply replace(Principal caller, long id, NewCannedReply request) {
        caller.require(Role.AGENT);
        CannedReply read = editable(caller, id);
        NewCannedReply inScope = new NewCannedReply(read.groupId(), request.shortcut(), request.title(), request.body(), request.category(),
                request.version());
        check(caller, inScope);
        return changeLog.write(tx -> {
            CannedReply current = find(tx.handle(), id).orElseThrow(() -> ApiException.notFound("canned reply " + id));
            requireValidInScope(inScope, true, current.shared() ? groupScope(tx.handle(), current.groupId()) : scope(tx.handle(), caller, null), id);
            if (current.version() != request.version()) {
                throw new ApiException(ProblemType.CONFLICT, "canned reply " + id + " changed meanwhile (now version " + current.version()
                        + ", you sent " + request.version() + "); reload it and apply your change again");
            }
            tx.handle().createUpdate("UPDATE canned_reply SET shortcut = :shortcut, title = :title, body = :body, category = :category,"
                            + " version = version + 1 WHERE id = :id")
                    .bind("shortcut", request.shortcut()).bind("title", request.title().strip()).bind("body", request.body())
                    .bind("category", CannedReplyRules.category(request.category())).bind("id", id)
                    .execute();
            CannedReply replaced = recordUpsert(tx, id);
            auditShared(tx.handle(), caller, replaced, "canned-reply.update");
            return replaced;
        });
    }

    public void delete(Principal caller, long id) {
        caller.require(Role.AGENT);
        CannedReply deleted = editable(caller, id);
        changeLog.write(tx -> {
            tx.handle().createUpdate("DELETE FROM canned_reply WHERE id = :id").bind("id", id).execute();
            auditShared(tx.handle(), caller, deleted, "canned-reply.delete");
            tx.record(CannedReply.ENTITY, Long.toString(id), ChangeOp.DELETE, null);
            return null;
        });
    }

    /**
     * Puts the replies of one scope in the given order. The list must name every reply of the scope
     * once: an editor working from a stale list gets 409 and reloads, instead of losing a reply
     * someone else added meanwhile. Only the replies whose place changed are written and synced.
     */
    public List<CannedReply> reorder(Principal caller, CannedReplyOrder order) {
        caller.require(Role.AGENT);
        List<Long> ids = order.ids();
        if (ids == null || ids.isEmpty() || new HashSet<>(ids).size() != ids.size()) {
            throw ApiException.invalid("the order is not valid", List.of(new FieldError("ids", "every reply's id once, in the new order")));
        }
        if (order.groupId() != null) {
            requireGroupEditor(caller, order.groupId());
        }
        return changeLog.write(tx -> {
            List<CannedReply> scope = scope(tx.handle(), caller, order.groupId());
            Set<Long> existing = scope.stream().map(CannedReply::id).collect(Collectors.toSet());
            if (!existing.equals(new HashSet<>(ids))) {
                throw new ApiException(ProblemType.CONFLICT, "the order must name exactly the replies there are now; reload them and reorder again");
            }
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                int position = i + 1;
                if (scope.stream().noneMatch(reply -> reply.id() == id && reply.position() == position)) {
                    tx.handle().createUpdate("UPDATE canned_reply SET position = :position, version = version + 1 WHERE id = :id")
                            .bind("position", position).bind("id", id).execute();
                    recordUpsert(tx, id);
                }
            }
            if (order.groupId() != null) {
                audit.record(tx.handle(), caller.agentId(), "canned-reply.reorder", "group:" + order.groupId(),
                        ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
            }
            return scope(tx.handle(), caller, order.groupId());
        });
    }

    private List<CannedReply> scope(Handle handle, Principal caller, Long groupId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM canned_reply WHERE "
                        + (groupId == null ? "owner_id = :scope" : "group_id = :scope") + " ORDER BY position, id")
                .bind("scope", groupId == null ? caller.agentId() : groupId).map(REPLIES).list();
    }

    private static List<CannedReply> groupScope(Handle handle, long groupId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM canned_reply WHERE group_id = :scope ORDER BY position, id")
                .bind("scope", groupId).map(REPLIES).list();
    }

    private static void requireValidInScope(NewCannedReply request, boolean replacing, List<CannedReply> scope, Long replacedId) {
        List<FieldError> errors = CannedReplyRules.check(request, replacing, scope, replacedId);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the canned reply is not valid", errors);
        }
    }

    /** Group replies are the team's: who changed them is audited. */
    private void auditShared(Handle handle, Principal caller, CannedReply reply, String action) {
        if (reply.shared()) {
            audit.record(handle, caller.agentId(), action, "canned-reply:" + reply.id(), "group:" + reply.groupId() + " /" + reply.shortcut()
                    + " " + reply.title());
        }
    }

    private static CannedReply recordUpsert(ChangeLog.Tx tx, long id) {
        CannedReply reply = find(tx.handle(), id).orElseThrow();
        tx.record(CannedReply.ENTITY, Long.toString(id), ChangeOp.UPSERT, reply);
        return reply;
    }

    /** Personal replies are their owner's to edit; group replies are supervisors' of that group. */
    private CannedReply editable(Principal caller, long id) {
        CannedReply reply = jdbi.withHandle(handle -> find(handle, id)).orElseThrow(() -> ApiException.notFound("canned reply " + id));
        boolean own = reply.ownerId() != null && reply.ownerId() == caller.agentId();
        boolean groupSupervisor = reply.shared() && caller.role().atLeast(Role.SUPERVISOR)
                && (caller.role().atLeast(Role.ADMIN) || agents.groupsOf(caller.agentId()).contains(reply.groupId()));
        if (!own && !groupSupervisor) {
            throw ApiException.notFound("canned reply " + id);
        }
        return reply;
    }

    private void check(Principal caller, NewCannedReply request) {
        List<FieldError> errors = CannedReplyRules.check(request);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the canned reply is not valid", errors);
        }
        if (request.groupId() != null) {
            requireGroupEditor(caller, request.groupId());
        }
    }

    /** Group replies are shared by supervisors with their own groups, and by administrators with any. */
    private void requireGroupEditor(Principal caller, long groupId) {
        caller.require(Role.SUPERVISOR);
        if (agents.groupName(groupId).isEmpty()) {
            throw ApiException.invalid("unknown group", List.of(new FieldError("groupId", "an existing group")));
        }
        if (!caller.role().atLeast(Role.ADMIN) && !agents.groupsOf(caller.agentId()).contains(groupId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "supervisors share replies with their own groups");
        }
    }

    private static Optional<CannedReply> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM canned_reply WHERE id = :id").bind("id", id).map(REPLIES).findOne();
    }
}
