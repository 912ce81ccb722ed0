package dev.switchboard.server.canned;

import dev.switchboard.server.infra.TableFile;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.chat.CannedReplyRules;
import dev.switchboard.shared.chat.NewCannedReply;
import dev.switchboard.shared.imports.ImportAction;
import dev.switchboard.shared.imports.ImportError;
import dev.switchboard.shared.imports.ImportErrorCode;
import dev.switchboard.shared.imports.ImportRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What each row of a canned-replies file means: a new reply in its scope (the caller's own
 * replies when {@code group} is blank, else the named group's), a change of the scope's reply with
 * that shortcut, nothing, or errors named by column. {@link CannedReplyRules} decide, as for the
 * reply editor; a supervisor may only fill the groups they are in.
 */
final class CannedReplyImportRows {

    /** One row's meaning; {@code reply} is what is written, {@code existing} the reply it changes (null: a new one). */
    record Plan(ImportRow report, NewCannedReply reply, CannedReply existing) {
    }

    private final long callerId;
    private final boolean admin;
    private final Set<Long> callerGroups;
    private final Map<String, Long> groupIds = new HashMap<>();
    private final Map<String, CannedReply> existing = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();

    /**
     * @param replies the caller's own replies and those of every group, first of each scope and shortcut first
     */
    CannedReplyImportRows(long callerId, boolean admin, Set<Long> callerGroups, Map<Long, String> groupNames, List<CannedReply> replies) {
        this.callerId = callerId;
        this.admin = admin;
        this.callerGroups = callerGroups;
        groupNames.forEach((id, name) -> groupIds.put(name, id));
        for (CannedReply reply : replies) {
            existing.putIfAbsent(scopeKey(reply.groupId(), reply.shortcut()), reply);
        }
    }

    List<Plan> plan(TableFile table) {
        return table.rows().stream().map(this::plan).toList();
    }

    private Plan plan(TableFile.Row row) {
        List<ImportError> errors = new ArrayList<>();
        String group = row.cell("group");
        Long groupId = null;
        if (!group.isEmpty()) {
            groupId = groupIds.get(group);
            if (groupId == null) {
                errors.add(ImportError.of("group", ImportErrorCode.NO_SUCH_GROUP, "names", group));
            } else if (!admin && !callerGroups.contains(groupId)) {
                errors.add(ImportError.of("group", ImportErrorCode.NOT_YOUR_GROUP));
            }
        }
        String shortcut = row.cell("shortcut");
        String key = (group.isEmpty() ? "" : group) + "/" + shortcut;
        Integer earlier = seen.putIfAbsent(key, row.number());
        if (earlier != null) {
            errors.add(ImportError.of("shortcut", ImportErrorCode.ALSO_IN_ROW, "row", Integer.toString(earlier)));
        }
        NewCannedReply reply = new NewCannedReply(groupId, shortcut, row.cell("title"), row.cell("body"),
                CannedReplyRules.category(row.cell("category")));
        CannedReplyRules.check(reply).forEach(error -> errors.add(ImportError.of(error.field(), error)));
        if (!errors.isEmpty()) {
            return new Plan(new ImportRow(row.number(), key, ImportAction.ERROR, List.of(), errors), null, null);
        }
        CannedReply current = existing.get(scopeKey(groupId, shortcut));
        if (current == null) {
            return new Plan(new ImportRow(row.number(), key, ImportAction.CREATE, List.of(), List.of()), reply, null);
        }
        List<String> changes = new ArrayList<>();
        if (!current.title().equals(reply.title().strip())) {
            changes.add("title");
        }
        if (!current.body().equals(reply.body())) {
            changes.add("body");
        }
        if (!Objects.equals(current.category(), reply.category())) {
            changes.add("category");
        }
        return changes.isEmpty()
                ? new Plan(new ImportRow(row.number(), key, ImportAction.UNCHANGED, List.of(), List.of()), null, current)
                : new Plan(new ImportRow(row.number(), key, ImportAction.UPDATE, changes, List.of()), reply, current);
    }

    /** A scope and shortcut: the caller's own replies are the scope of no group. */
    private String scopeKey(Long groupId, String shortcut) {
        return (groupId == null ? "me:" + callerId : "group:" + groupId) + "/" + shortcut;
    }
}
