package dev.switchboard.server.triggers;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.triggers.NewTicketTrigger;
import dev.switchboard.shared.triggers.TicketTrigger;
import dev.switchboard.shared.triggers.TriggerSettings;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** SQL for {@code ticket_trigger} and {@code ticket_trigger_settings} (V51). Callers own the transaction. */
final class TriggerStore {

    private static final String COLUMNS = "id, position, name, enabled, events, conditions, actions, version";
    private static final RowMapper<TriggerRow> ROWS = RecordMapper.of(TriggerRow.class);
    private static final RowMapper<TriggerSettings> SETTINGS = RecordMapper.of(TriggerSettings.class);

    private TriggerStore() {
    }

    static List<TicketTrigger> all(Handle handle) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM ticket_trigger ORDER BY position, id").map(ROWS).map(TriggerRow::toTrigger).list();
    }

    static Optional<TicketTrigger> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM ticket_trigger WHERE id = :id").bind("id", id).map(ROWS)
                .map(TriggerRow::toTrigger).findOne();
    }

    /** Adds the trigger after every existing one. */
    static long insert(Handle handle, NewTicketTrigger trigger) {
        int position = handle.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM ticket_trigger").mapTo(Integer.class).one();
        return bind(handle.createUpdate("INSERT INTO ticket_trigger (position, name, enabled, events, conditions, actions, version)"
                + " VALUES (:position, :name, :enabled, :events, :conditions, :actions, 1)"), trigger)
                .bind("position", position).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Replaces the trigger if it is still at {@code version}; false when it is not (changed meanwhile, or gone). */
    static boolean replace(Handle handle, long id, long version, NewTicketTrigger trigger) {
        return bind(handle.createUpdate("UPDATE ticket_trigger SET name = :name, enabled = :enabled, events = :events,"
                + " conditions = :conditions, actions = :actions, version = version + 1 WHERE id = :id AND version = :version"), trigger)
                .bind("id", id).bind("version", version).execute() > 0;
    }

    static void delete(Handle handle, long id) {
        handle.createUpdate("DELETE FROM ticket_trigger WHERE id = :id").bind("id", id).execute();
    }

    /** Moves a trigger; its version stays, as a move does not touch what a PUT replaces. */
    static void move(Handle handle, long id, int position) {
        handle.createUpdate("UPDATE ticket_trigger SET position = :position WHERE id = :id").bind("id", id).bind("position", position).execute();
    }

    static TriggerSettings settings(Handle handle) {
        return handle.createQuery("SELECT chain_depth, notifications_per_hour, version FROM ticket_trigger_settings WHERE id = 1")
                .map(SETTINGS).one();
    }

    /** Stores the settings if they are still at {@code version}. */
    static boolean settings(Handle handle, TriggerSettings settings) {
        return handle.createUpdate("UPDATE ticket_trigger_settings SET chain_depth = :depth, notifications_per_hour = :perHour,"
                        + " version = version + 1 WHERE id = 1 AND version = :version")
                .bind("depth", settings.chainDepth()).bind("perHour", settings.notificationsPerHour()).bind("version", settings.version())
                .execute() > 0;
    }

    private static Update bind(Update update, NewTicketTrigger t) {
        return update.bind("name", t.name().strip())
                .bind("enabled", t.enabled() == null || t.enabled())
                .bind("events", RuleJson.write(t.events()))
                .bind("conditions", RuleJson.write(t.conditions()))
                .bind("actions", RuleJson.write(t.actions()));
    }

    /** A trigger's row as stored. Public only because Jdbi builds it through a method handle of its own. */
    public record TriggerRow(long id, int position, String name, boolean enabled, String events, String conditions, String actions, long version) {

        TicketTrigger toTrigger() {
            return new TicketTrigger(id, position, name, enabled, RuleJson.events(events), RuleJson.conditions(conditions),
                    RuleJson.actions(actions), version);
        }
    }
}
