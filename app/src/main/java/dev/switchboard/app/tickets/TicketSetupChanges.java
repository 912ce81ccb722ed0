package dev.switchboard.app.tickets;

import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.app.sync.SyncedEntities;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketField;
import dev.switchboard.shared.tickets.TicketStatus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The change log's entries of the tickets' setup ({@code ticket_status}, {@code ticket_category},
 * {@code ticket_field}): each batch rings the open Tickets page, which reads the setup again, so an
 * administrator's new status, category or custom field shows at once (ADR 0039). Nothing is kept:
 * the page reads the setup whenever it opens. Listeners run on the sync thread.
 */
final class TicketSetupChanges {

    private final List<EntityChanges> keepers = List.of(new EntityChanges(TicketStatus.ENTITY), new EntityChanges(TicketCategory.ENTITY),
            new EntityChanges(TicketField.ENTITY));
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    TicketSetupChanges() {
        keepers.forEach(keeper -> keeper.onChange(() -> listeners.forEach(Runnable::run)));
    }

    /** The keepers to join the session with ({@code session.sync(...)}). */
    List<SyncedEntities> entities() {
        return List.copyOf(keepers);
    }

    /** Runs {@code listener} after each batch of setup changes (on the sync thread); answers how to stop. */
    Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
