package dev.switchboard.server.hours;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.hours.BusinessHours;
import dev.switchboard.shared.hours.Holiday;
import dev.switchboard.shared.hours.SpecialDay;
import dev.switchboard.shared.hours.WeeklyPeriod;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Business hours in {@code business_hours}, its periods and holidays (V25). */
final class BusinessHoursStore {

    /** A weekly period ({@code dayOfWeek} 1-7) or a special day's ({@code specialDate}). */
    public record PeriodRow(long groupId, Integer dayOfWeek, LocalDate specialDate, int opensMinute, int closesMinute, String name) {
    }

    public record HolidayRow(long groupId, LocalDate holiday, String name) {
    }

    public record ZoneRow(long groupId, String timeZone) {
    }

    private static final RowMapper<PeriodRow> PERIODS = RecordMapper.of(PeriodRow.class);
    private static final RowMapper<HolidayRow> HOLIDAYS = RecordMapper.of(HolidayRow.class);
    private static final RowMapper<ZoneRow> ZONES = RecordMapper.of(ZoneRow.class);

    Optional<BusinessHours> find(Handle handle, long groupId) {
        return all(handle, groupId).stream().findFirst().map(Grouped::hours);
    }

    /** Every group's hours, or one group's. */
    List<Grouped> all(Handle handle, Long groupId) {
        String where = groupId == null ? "" : " WHERE group_id = :group";
        List<ZoneRow> zones = query(handle, "SELECT group_id, time_zone FROM business_hours" + where + " ORDER BY group_id", groupId)
                .map(ZONES).list();
        List<PeriodRow> periods = query(handle, "SELECT group_id, day_of_week, special_date, opens_minute, closes_minute, name"
                        + " FROM business_hours_period" + where + " ORDER BY special_date, day_of_week, opens_minute, id", groupId)
                .map(PERIODS).list();
        List<HolidayRow> holidays = query(handle, "SELECT group_id, holiday, name FROM business_hours_holiday" + where + " ORDER BY holiday",
                groupId).map(HOLIDAYS).list();
        List<Grouped> all = new ArrayList<>();
        for (ZoneRow zone : zones) {
            List<WeeklyPeriod> weekly = new ArrayList<>();
            List<SpecialDay> special = new ArrayList<>();
            for (PeriodRow period : periods) {
                if (period.groupId() != zone.groupId()) {
                    continue;
                }
                String opens = OpeningPeriod.format(period.opensMinute());
                String closes = OpeningPeriod.format(period.closesMinute());
                if (period.dayOfWeek() != null) {
                    weekly.add(new WeeklyPeriod(DayOfWeek.of(period.dayOfWeek()), opens, closes));
                } else {
                    special.add(new SpecialDay(period.specialDate(), opens, closes, named(period.name())));
                }
            }
            List<Holiday> closed = holidays.stream().filter(row -> row.groupId() == zone.groupId())
                    .map(row -> new Holiday(row.holiday(), named(row.name()))).toList();
            all.add(new Grouped(zone.groupId(), new BusinessHours(zone.timeZone(), weekly, closed, special)));
        }
        return all;
    }

    private static org.jdbi.v3.core.statement.Query query(Handle handle, String sql, Long groupId) {
        org.jdbi.v3.core.statement.Query query = handle.createQuery(sql);
        return groupId == null ? query : query.bind("group", groupId);
    }

    /** Names are stored as "" when there is none (a batch binds a column with one type for every row). */
    private static String named(String stored) {
        return stored == null || stored.isEmpty() ? null : stored;
    }

    record Grouped(long groupId, BusinessHours hours) {
    }

    /** Replaces the group's hours with {@code hours}, checked already. */
    void replace(Handle handle, long groupId, BusinessHours hours, Instant now) {
        delete(handle, groupId);
        handle.createUpdate("INSERT INTO business_hours (group_id, time_zone, updated_at) VALUES (:group, :zone, :now)")
                .bind("group", groupId).bind("zone", hours.timeZone().strip()).bind("now", now).execute();
        // two batches: a batch binds each column with the type of its first row
        PreparedBatch weekly = handle.prepareBatch("""
                INSERT INTO business_hours_period (group_id, day_of_week, opens_minute, closes_minute) VALUES (:group, :day, :opens, :closes)""");
        for (WeeklyPeriod row : hours.weekly()) {
            OpeningPeriod period = OpeningPeriod.of(row.opens(), row.closes());
            weekly.bind("group", groupId).bind("day", row.day().getValue()).bind("opens", period.opens()).bind("closes", period.closes()).add();
        }
        if (weekly.size() > 0) {
            weekly.execute();
        }
        PreparedBatch special = handle.prepareBatch("""
                INSERT INTO business_hours_period (group_id, special_date, opens_minute, closes_minute, name)
                VALUES (:group, :date, :opens, :closes, :name)""");
        for (SpecialDay row : hours.specialDays()) {
            OpeningPeriod period = OpeningPeriod.of(row.opens(), row.closes());
            special.bind("group", groupId).bind("date", row.date()).bind("opens", period.opens()).bind("closes", period.closes())
                    .bind("name", row.name() == null ? "" : row.name()).add();
        }
        if (special.size() > 0) {
            special.execute();
        }
        PreparedBatch holidays = handle.prepareBatch("INSERT INTO business_hours_holiday (group_id, holiday, name) VALUES (:group, :date, :name)");
        for (Holiday row : hours.holidays()) {
            holidays.bind("group", groupId).bind("date", row.date()).bind("name", row.name() == null ? "" : row.name()).add();
        }
        if (holidays.size() > 0) {
            holidays.execute();
        }
    }

    /** True when the group had hours. */
    boolean delete(Handle handle, long groupId) {
        changed(handle);
        handle.createUpdate("DELETE FROM business_hours_period WHERE group_id = :group").bind("group", groupId).execute();
        handle.createUpdate("DELETE FROM business_hours_holiday WHERE group_id = :group").bind("group", groupId).execute();
        return handle.createUpdate("DELETE FROM business_hours WHERE group_id = :group").bind("group", groupId).execute() > 0;
    }

    /**
     * Bumps the hours' number in {@code cached_rows_version} (V48) at every change, so that the ticket
     * core learns that SLA due times counted in these hours must be computed again (ADR 0029).
     */
    private static void changed(Handle handle) {
        handle.createUpdate("UPDATE cached_rows_version SET version = version + 1 WHERE name = 'business_hours'").execute();
    }

    boolean groupExists(Handle handle, long groupId) {
        return handle.createQuery("SELECT COUNT(*) FROM agent_group WHERE id = :id").bind("id", groupId).mapTo(Integer.class).one() > 0;
    }
}
