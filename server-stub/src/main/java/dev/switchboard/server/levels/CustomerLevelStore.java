package dev.switchboard.server.levels;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.levels.CustomerLevel;
import dev.switchboard.shared.levels.CustomerLevelRules;
import dev.switchboard.shared.levels.NewCustomerLevel;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL on {@code customer_level}; callers own the transaction. Names are matched by their key ({@link CustomerLevelRules#key}). */
final class CustomerLevelStore {

    private static final String COLUMNS = "id, name, description, queue_priority, color, position, version";
    private static final RowMapper<CustomerLevel> LEVELS = RecordMapper.of(CustomerLevel.class);

    List<CustomerLevel> all(Handle handle) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM customer_level ORDER BY position, id").map(LEVELS).list();
    }

    Optional<CustomerLevel> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM customer_level WHERE id = :id").bind("id", id).map(LEVELS).findOne();
    }

    /** The level of this name, ignoring case and surrounding blanks. */
    Optional<CustomerLevel> named(Handle handle, String name) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM customer_level WHERE name_key = :key")
                .bind("key", CustomerLevelRules.key(name)).map(LEVELS).findOne();
    }

    /** Inserts a normalized level; answers its id. */
    long insert(Handle handle, NewCustomerLevel level) {
        int position = level.position() != null ? level.position()
                : handle.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM customer_level").mapTo(Integer.class).one();
        return handle.createUpdate("""
                        INSERT INTO customer_level (name, name_key, description, queue_priority, color, position, version)
                        VALUES (:name, :key, :description, :priority, :color, :position, 1)""")
                .bind("name", level.name()).bind("key", CustomerLevelRules.key(level.name())).bind("description", level.description())
                .bind("priority", level.queuePriority()).bind("color", level.color()).bind("position", position)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Replaces a normalized level if it is still at {@code version}; whether it was. */
    boolean replace(Handle handle, long id, long version, NewCustomerLevel level, int position) {
        return handle.createUpdate("""
                        UPDATE customer_level SET name = :name, name_key = :key, description = :description, queue_priority = :priority,
                            color = :color, position = :position, version = version + 1
                        WHERE id = :id AND version = :version""")
                .bind("name", level.name()).bind("key", CustomerLevelRules.key(level.name())).bind("description", level.description())
                .bind("priority", level.queuePriority()).bind("color", level.color()).bind("position", position)
                .bind("id", id).bind("version", version).execute() == 1;
    }

    void delete(Handle handle, long id) {
        handle.createUpdate("DELETE FROM customer_level WHERE id = :id").bind("id", id).execute();
    }

    /** The queue priority of the level of this name (any case), 0 when there is none. */
    int priorityOf(Handle handle, String name) {
        if (name == null || name.isBlank()) {
            return 0;
        }
        return handle.createQuery("SELECT queue_priority FROM customer_level WHERE name_key = :key").bind("key", CustomerLevelRules.key(name))
                .mapTo(Integer.class).findOne().orElse(0);
    }
}
