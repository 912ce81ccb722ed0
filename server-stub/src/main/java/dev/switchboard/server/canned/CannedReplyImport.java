package dev.switchboard.server.canned;

import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.server.infra.TableFile;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.imports.ImportColumns;
import dev.switchboard.shared.imports.ImportReport;
import dev.switchboard.shared.imports.ImportRow;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Canned replies from and to a spreadsheet, for supervisors (their groups' replies and their own)
 * and administrators (every group's and their own). Personal replies of others are never read or
 * written. As for accounts: every row is read and answered first; only a file without errors is
 * written, in one transaction, checked again inside it.
 */
public final class CannedReplyImport {

    private static final Logger LOG = LoggerFactory.getLogger(CannedReplyImport.class);
    private static final RowMapper<CannedReply> REPLIES = RecordMapper.of(CannedReply.class);

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final AgentDirectory agents;

    CannedReplyImport(Jdbi jdbi, ChangeLog changeLog, AuditLog audit, AgentDirectory agents) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.audit = audit;
        this.agents = agents;
    }

    public ImportReport importFile(Principal caller, Supplier<TableFile> file, boolean dryRun) {
        caller.require(Role.SUPERVISOR);
        // read only after the role check: whoever may not import learns nothing about their file
        TableFile table = file.get();
        table.requireColumns(ImportColumns.CANNED_REPLIES, ImportColumns.CANNED_REPLIES_REQUIRED);
        List<CannedReplyImportRows.Plan> plans = jdbi.withHandle(handle -> plan(handle, caller, table));
        List<ImportRow> rows = plans.stream().map(CannedReplyImportRows.Plan::report).toList();
        ImportReport report = ImportReport.of(false, rows);
        if (dryRun) {
            return report;
        }
        if (report.hasErrors()) {
            throw ApiException.invalid(report.rejected() + " rows have errors; nothing was written", rows.stream()
                    .flatMap(row -> row.errors().stream().map(error -> error.inRow(row.row())))
                    .toList());
        }
        changeLog.write(tx -> {
            List<CannedReplyImportRows.Plan> now = plan(tx.handle(), caller, table);
            if (!now.stream().map(CannedReplyImportRows.Plan::report).toList().equals(rows)) {
                throw new ApiException(ProblemType.CONFLICT, "canned replies or groups changed since the file was read: preview it again");
            }
            for (CannedReplyImportRows.Plan plan : now) {
                write(tx, caller, plan);
            }
            return null;
        });
        LOG.info("canned replies imported by {}: {} created, {} updated", caller.login(), report.created(), report.updated());
        return ImportReport.of(true, rows);
    }

    /** The caller's own replies and those of the groups they may edit, group by group, each scope in its order. */
    public byte[] export(Principal caller, TableFile.Format format) {
        caller.require(Role.SUPERVISOR);
        return jdbi.withHandle(handle -> {
            Map<Long, String> names = groupNames(handle);
            Set<Long> editable = editableGroups(caller, names);
            List<List<Object>> rows = new ArrayList<>();
            replies(handle, caller.agentId()).stream()
                    .filter(reply -> !reply.shared() || editable.contains(reply.groupId()))
                    .sorted(Comparator.comparing((CannedReply reply) -> reply.shared() ? names.get(reply.groupId()) : "")
                            .thenComparingInt(CannedReply::position).thenComparingLong(CannedReply::id))
                    .forEach(reply -> rows.add(List.of(reply.shared() ? names.get(reply.groupId()) : "", reply.shortcut(), reply.title(),
                            reply.body(), reply.category() == null ? "" : reply.category())));
            return TableFile.write(format, ImportColumns.CANNED_REPLIES, rows);
        });
    }

    private List<CannedReplyImportRows.Plan> plan(Handle handle, Principal caller, TableFile table) {
        Map<Long, String> names = groupNames(handle);
        return new CannedReplyImportRows(caller.agentId(), caller.role().atLeast(Role.ADMIN), agents.groupsOf(caller.agentId()), names,
                replies(handle, caller.agentId())).plan(table);
    }

    private Set<Long> editableGroups(Principal caller, Map<Long, String> names) {
        return caller.role().atLeast(Role.ADMIN) ? names.keySet() : agents.groupsOf(caller.agentId());
    }

    private static List<CannedReply> replies(Handle handle, long callerId) {
        return handle.createQuery("SELECT id, owner_id, group_id, shortcut, title, body, category, position, version FROM canned_reply"
                        + " WHERE owner_id = :me OR group_id IS NOT NULL ORDER BY position, id")
                .bind("me", callerId).map(REPLIES).list();
    }

    private static Map<Long, String> groupNames(Handle handle) {
        return handle.createQuery("SELECT id, name FROM agent_group")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private void write(ChangeLog.Tx tx, Principal caller, CannedReplyImportRows.Plan plan) {
        if (plan.reply() == null) {
            return;
        }
        Handle handle = tx.handle();
        var reply = plan.reply();
        long id;
        if (plan.existing() == null) {
            Long owner = reply.groupId() == null ? caller.agentId() : null;
            int last = handle.createQuery("SELECT COALESCE(MAX(position), 0) FROM canned_reply WHERE "
                            + (owner == null ? "group_id = :scope" : "owner_id = :scope"))
                    .bind("scope", owner == null ? reply.groupId() : owner).mapTo(Integer.class).one();
            id = handle.createUpdate("INSERT INTO canned_reply (owner_id, group_id, shortcut, title, body, category, position, version)"
                            + " VALUES (:owner, :group, :shortcut, :title, :body, :category, :position, 1)")
                    .bind("owner", owner).bind("group", reply.groupId()).bind("shortcut", reply.shortcut())
                    .bind("title", reply.title().strip()).bind("body", reply.body()).bind("category", reply.category())
                    .bind("position", last + 1)
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
        } else {
            id = plan.existing().id();
            handle.createUpdate("UPDATE canned_reply SET title = :title, body = :body, category = :category, version = version + 1 WHERE id = :id")
                    .bind("title", reply.title().strip()).bind("body", reply.body()).bind("category", reply.category()).bind("id", id)
                    .execute();
        }
        CannedReply stored = handle.createQuery("SELECT id, owner_id, group_id, shortcut, title, body, category, position, version"
                + " FROM canned_reply WHERE id = :id").bind("id", id).map(REPLIES).one();
        tx.record(CannedReply.ENTITY, Long.toString(id), ChangeOp.UPSERT, stored);
        audit.record(handle, caller.agentId(), "canned-reply.import", "canned-reply:" + id,
                (plan.existing() == null ? "created by import" : "changed by import: " + String.join(", ", plan.report().changes())));
    }
}
