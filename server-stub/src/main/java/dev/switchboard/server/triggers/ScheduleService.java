package dev.switchboard.server.triggers;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.NodeCopy;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.triggers.NewTicketSchedule;
import dev.switchboard.shared.triggers.ScheduleRules;
import dev.switchboard.shared.triggers.TicketSchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Administrators' ticket schedules. The runner reads them on every tick, so each node keeps a copy
 * ({@link NodeCopy} of {@code cached_rows_version('ticket_schedule')}); the claims of runs are not
 * part of it (they move {@code last_slot} without a version), so reads for people go to the database.
 * A new or changed schedule starts with the slot in progress counted as run: it first runs at its
 * next slot, not at once for a time of day already past.
 */
final class ScheduleService {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleService.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final NodeCopy<List<TicketSchedule>> copy;

    ScheduleService(Jdbi jdbi, Clock clock, ChangeLog changeLog, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.changeLog = changeLog;
        this.audit = audit;
        this.copy = new NodeCopy<>(jdbi, TicketSchedule.ENTITY, handle -> List.copyOf(ScheduleStore.all(handle)), clock, Duration.ZERO);
    }

    /** The schedules as committed on any node (their {@code lastSlot} may be older than the database's). */
    List<TicketSchedule> schedules() {
        return copy.get();
    }

    List<TicketSchedule> list(Principal caller) {
        caller.require(Role.ADMIN);
        return jdbi.withHandle(ScheduleStore::all);
    }

    TicketSchedule get(Principal caller, long id) {
        caller.require(Role.ADMIN);
        return jdbi.withHandle(handle -> ScheduleStore.find(handle, id)).orElseThrow(() -> ApiException.notFound("ticket schedule " + id));
    }

    TicketSchedule create(Principal caller, NewTicketSchedule request) {
        caller.require(Role.ADMIN);
        TicketSchedule schedule = write(tx -> {
            requireValid(tx.handle(), request, false);
            long id = ScheduleStore.insert(tx.handle(), request, slotInProgress(request));
            TicketSchedule created = ScheduleStore.find(tx.handle(), id).orElseThrow();
            audit.record(tx.handle(), caller.agentId(), "ticket-schedule.create", target(id), RuleJson.write(created));
            tx.record(TicketSchedule.ENTITY, Long.toString(id), ChangeOp.UPSERT, created);
            return created;
        });
        LOG.info("ticket schedule created: id={} name={} by={}", schedule.id(), schedule.name(), caller.login());
        return schedule;
    }

    TicketSchedule replace(Principal caller, long id, NewTicketSchedule request) {
        caller.require(Role.ADMIN);
        TicketSchedule schedule = write(tx -> {
            TicketSchedule current = ScheduleStore.find(tx.handle(), id).orElseThrow(() -> ApiException.notFound("ticket schedule " + id));
            requireValid(tx.handle(), request, true);
            if (!ScheduleStore.replace(tx.handle(), id, request.version(), request, slotInProgress(request))) {
                throw TriggerService.stale("ticket schedule " + id, current.version(), request.version());
            }
            TicketSchedule replaced = ScheduleStore.find(tx.handle(), id).orElseThrow();
            audit.record(tx.handle(), caller.agentId(), "ticket-schedule.update", target(id), RuleJson.write(replaced));
            tx.record(TicketSchedule.ENTITY, Long.toString(id), ChangeOp.UPSERT, replaced);
            return replaced;
        });
        LOG.info("ticket schedule changed: id={} version={} by={}", id, schedule.version(), caller.login());
        return schedule;
    }

    void delete(Principal caller, long id) {
        caller.require(Role.ADMIN);
        write(tx -> {
            TicketSchedule current = ScheduleStore.find(tx.handle(), id).orElseThrow(() -> ApiException.notFound("ticket schedule " + id));
            ScheduleStore.delete(tx.handle(), id);
            audit.record(tx.handle(), caller.agentId(), "ticket-schedule.delete", target(id), RuleJson.write(current));
            tx.record(TicketSchedule.ENTITY, Long.toString(id), ChangeOp.DELETE, null);
            return null;
        });
        LOG.info("ticket schedule deleted: id={} by={}", id, caller.login());
    }

    /** Adds {@code schedules} on a backend that has none yet (demo data); schedules deleted afterwards do not come back. */
    void seed(List<NewTicketSchedule> schedules) {
        write(tx -> {
            if (ScheduleStore.all(tx.handle()).isEmpty()) {
                for (NewTicketSchedule schedule : schedules) {
                    requireValid(tx.handle(), schedule, false);
                    long id = ScheduleStore.insert(tx.handle(), schedule, slotInProgress(schedule));
                    tx.record(TicketSchedule.ENTITY, Long.toString(id), ChangeOp.UPSERT, ScheduleStore.find(tx.handle(), id).orElseThrow());
                }
            }
            return null;
        });
    }

    /** One change: marks the schedules changed for every node first, refreshes this node's copy after the commit. */
    private <T> T write(ChangeLog.Work<T> work) {
        T result = changeLog.write(tx -> {
            copy.changing(tx.handle());
            return work.run(tx);
        });
        copy.reload();
        return result;
    }

    private Instant slotInProgress(NewTicketSchedule schedule) {
        return Timetable.currentSlot(schedule.everyMinutes(), schedule.dailyAt(), ScheduleStore.zone(schedule), clock.instant());
    }

    private static void requireValid(Handle handle, NewTicketSchedule request, boolean replacing) {
        List<FieldError> errors = ScheduleRules.check(request, replacing, new DatabaseVocabulary(handle));
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the ticket schedule is not valid", errors);
        }
    }

    private static String target(long id) {
        return "ticket-schedule:" + id;
    }
}
