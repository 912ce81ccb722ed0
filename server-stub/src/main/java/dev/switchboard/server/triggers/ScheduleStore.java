package dev.switchboard.server.triggers;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.triggers.NewTicketSchedule;
import dev.switchboard.shared.triggers.ScheduleRules;
import dev.switchboard.shared.triggers.TicketSchedule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** SQL for {@code ticket_schedule} (V52). Callers own the transaction. */
final class ScheduleStore {

    static final String UTC = "UTC";
    private static final String COLUMNS = "id, name, enabled, every_minutes, daily_at, time_zone, max_tickets, conditions, actions, last_slot, version";
    private static final RowMapper<ScheduleRow> ROWS = RecordMapper.of(ScheduleRow.class);

    private ScheduleStore() {
    }

    static List<TicketSchedule> all(Handle handle) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM ticket_schedule ORDER BY id").map(ROWS).map(ScheduleRow::toSchedule).list();
    }

    static Optional<TicketSchedule> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM ticket_schedule WHERE id = :id").bind("id", id).map(ROWS)
                .map(ScheduleRow::toSchedule).findOne();
    }

    /** Adds a schedule whose slots start after {@code lastSlot} (the one in progress is not run). */
    static long insert(Handle handle, NewTicketSchedule schedule, Instant lastSlot) {
        return bind(handle.createUpdate("INSERT INTO ticket_schedule (name, enabled, every_minutes, daily_at, time_zone, max_tickets,"
                + " conditions, actions, last_slot, version) VALUES (:name, :enabled, :everyMinutes, :dailyAt, :timeZone, :maxTickets,"
                + " :conditions, :actions, :lastSlot, 1)"), schedule, lastSlot)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    static boolean replace(Handle handle, long id, long version, NewTicketSchedule schedule, Instant lastSlot) {
        return bind(handle.createUpdate("UPDATE ticket_schedule SET name = :name, enabled = :enabled, every_minutes = :everyMinutes,"
                + " daily_at = :dailyAt, time_zone = :timeZone, max_tickets = :maxTickets, conditions = :conditions, actions = :actions,"
                + " last_slot = :lastSlot, version = version + 1 WHERE id = :id AND version = :version"), schedule, lastSlot)
                .bind("id", id).bind("version", version).execute() > 0;
    }

    static void delete(Handle handle, long id) {
        handle.createUpdate("DELETE FROM ticket_schedule WHERE id = :id").bind("id", id).execute();
    }

    /**
     * Claims the run of {@code slot}: true for exactly one caller of all nodes, the one whose
     * conditional update moved {@code last_slot} forward to it.
     */
    static boolean claim(Handle handle, long id, Instant slot) {
        return handle.createUpdate("UPDATE ticket_schedule SET last_slot = :slot WHERE id = :id AND enabled = TRUE"
                        + " AND (last_slot IS NULL OR last_slot < :slot)")
                .bind("slot", slot).bind("id", id).execute() == 1;
    }

    private static Update bind(Update update, NewTicketSchedule s, Instant lastSlot) {
        return update.bind("name", s.name().strip())
                .bind("enabled", s.enabled() == null || s.enabled())
                .bind("everyMinutes", s.everyMinutes())
                .bind("dailyAt", s.dailyAt())
                .bind("timeZone", zone(s))
                .bind("maxTickets", s.maxTickets() == null ? ScheduleRules.DEFAULT_MAX_TICKETS : s.maxTickets())
                .bind("conditions", RuleJson.write(s.conditions()))
                .bind("actions", RuleJson.write(s.actions()))
                .bind("lastSlot", lastSlot);
    }

    static String zone(NewTicketSchedule schedule) {
        return schedule.timeZone() == null ? UTC : schedule.timeZone();
    }

    /** A schedule's row as stored. Public only because Jdbi builds it through a method handle of its own. */
    public record ScheduleRow(long id, String name, boolean enabled, Integer everyMinutes, String dailyAt, String timeZone, int maxTickets,
                              String conditions, String actions, Instant lastSlot, long version) {

        TicketSchedule toSchedule() {
            return new TicketSchedule(id, name, enabled, everyMinutes, dailyAt, timeZone, maxTickets, RuleJson.conditions(conditions),
                    RuleJson.actions(actions), lastSlot, version);
        }
    }
}
