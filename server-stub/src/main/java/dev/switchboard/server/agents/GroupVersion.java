package dev.switchboard.server.agents;

import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.sync.EntityTypes;
import java.util.Collection;
import java.util.TreeSet;

/**
 * A group's version stands for its whole setup (ADR 0021): members and skills, chat settings,
 * business hours, wrap-up rule, automatic messages. Every endpoint that changes one part raises it
 * here, in its own change-log transaction, so that a workstation editing the whole setup meanwhile
 * gets a 409 rather than overwriting the part, and every workstation sees the group's change.
 */
public final class GroupVersion {

    private static final GroupStore GROUPS = new GroupStore();

    private GroupVersion() {
    }

    /** Raises the group's version and records its change; the group must exist (the caller checked). */
    public static void raise(ChangeLog.Tx tx, long groupId) {
        tx.handle().createUpdate("UPDATE agent_group SET version = version + 1 WHERE id = :id").bind("id", groupId).execute();
        GROUPS.find(tx.handle(), groupId).ifPresent(group ->
                tx.record(EntityTypes.GROUP, Long.toString(groupId), ChangeOp.UPSERT, group));
    }

    /** {@link #raise} for each group once, in id order. */
    public static void raiseAll(ChangeLog.Tx tx, Collection<Long> groupIds) {
        new TreeSet<>(groupIds).forEach(groupId -> raise(tx, groupId));
    }
}
