package dev.switchboard.server.hours;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.switchboard.server.agents.GroupSupervision;
import dev.switchboard.server.agents.GroupVersion;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.hours.BusinessHours;
import dev.switchboard.shared.hours.GroupHoursState;
import dev.switchboard.shared.problem.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups' business hours: administrators and the group's supervisors set them, everyone signed in reads them, and other
 * features ask whether a group is open ({@link #calendar}). A group without hours is always open.
 */
public final class BusinessHoursService {

    private static final Logger LOG = LoggerFactory.getLogger(BusinessHoursService.class);
    /**
     * Calendars are read for every waiting chat at each sweep; an edit made on this node applies at
     * once, one made on another node (ADR 0008) within this long.
     */
    static final Duration CACHED = Duration.ofSeconds(5);

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final ChangeLog changeLog;
    private final BusinessHoursStore store = new BusinessHoursStore();
    private final LoadingCache<Long, Optional<BusinessCalendar>> calendars;

    public BusinessHoursService(Jdbi jdbi, Clock clock, AuditLog audit, ChangeLog changeLog) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.changeLog = changeLog;
        this.calendars = Caffeine.newBuilder().expireAfterWrite(CACHED).maximumSize(10_000)
                .build(groupId -> jdbi.withHandle(handle -> store.find(handle, groupId)).map(BusinessHoursForm::calendar));
    }

    /** The group's calendar; empty when it has no business hours (always open). */
    public Optional<BusinessCalendar> calendar(long groupId) {
        return calendars.get(groupId);
    }

    /** Whether the group works at {@code at}: always, without business hours. */
    public boolean isOpen(long groupId, Instant at) {
        return calendar(groupId).map(calendar -> calendar.isOpen(at)).orElse(true);
    }

    BusinessHours get(Principal caller, long groupId) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(handle -> {
            if (!store.groupExists(handle, groupId)) {
                throw ApiException.notFound("group " + groupId);
            }
            return store.find(handle, groupId);
        }).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "group " + groupId + " has no business hours: it is always open"));
    }

    /** Every group, open now or not, with its hours (none: always open). */
    List<GroupHoursState> states(Principal caller) {
        caller.require(Role.AGENT);
        Instant now = clock.instant();
        return jdbi.withHandle(handle -> {
            Map<Long, BusinessHours> hours = new HashMap<>();
            store.all(handle, null).forEach(grouped -> hours.put(grouped.groupId(), grouped.hours()));
            List<GroupHoursState> states = new ArrayList<>();
            for (long groupId : handle.createQuery("SELECT id FROM agent_group ORDER BY id").mapTo(Long.class).list()) {
                BusinessHours its = hours.get(groupId);
                if (its == null) {
                    states.add(new GroupHoursState(groupId, true, null, null));
                    continue;
                }
                BusinessCalendar calendar = BusinessHoursForm.calendar(its);
                boolean open = calendar.isOpen(now);
                states.add(new GroupHoursState(groupId, open, open ? null : calendar.nextOpening(now).orElse(null), its));
            }
            return states;
        });
    }

    BusinessHours replace(Principal caller, long groupId, BusinessHours hours) {
        caller.require(Role.SUPERVISOR);
        BusinessHoursForm.calendar(hours);
        changeLog.write(tx -> {
            Handle handle = tx.handle();
            requireRuns(handle, caller, groupId);
            store.replace(handle, groupId, hours, clock.instant());
            GroupVersion.raise(tx, groupId);
            audit.record(handle, caller.agentId(), "business-hours.replace", "group:" + groupId, hours.timeZone());
            return null;
        });
        calendars.invalidate(groupId);
        LOG.info("business hours set: group={} zone={} by={}", groupId, hours.timeZone(), caller.login());
        return jdbi.withHandle(handle -> store.find(handle, groupId)).orElseThrow();
    }

    void delete(Principal caller, long groupId) {
        caller.require(Role.SUPERVISOR);
        boolean deleted = changeLog.write(tx -> {
            Handle handle = tx.handle();
            requireRuns(handle, caller, groupId);
            boolean had = store.delete(handle, groupId);
            if (had) {
                GroupVersion.raise(tx, groupId);
                audit.record(handle, caller.agentId(), "business-hours.delete", "group:" + groupId, null);
            }
            return had;
        });
        calendars.invalidate(groupId);
        if (!deleted) {
            throw new ApiException(ProblemType.NOT_FOUND, "group " + groupId + " has no business hours");
        }
        LOG.info("business hours removed: group={} by={}", groupId, caller.login());
    }

    /** 404 for no such group, 403 unless the caller runs it (administrators, its supervisors). */
    private void requireRuns(Handle handle, Principal caller, long groupId) {
        if (!store.groupExists(handle, groupId)) {
            throw ApiException.notFound("group " + groupId);
        }
        GroupSupervision.require(handle, caller, groupId);
    }

    /** The group's hours in the caller's transaction (a group's whole setup is read in one); empty: always open. */
    public Optional<BusinessHours> read(Handle handle, long groupId) {
        return store.find(handle, groupId);
    }

    /**
     * Replaces the group's hours in the caller's transaction, checked by the shared rules already;
     * null removes them (always open). Call {@link #forget} once it commits.
     */
    public void write(Handle handle, long groupId, BusinessHours hours) {
        if (hours == null) {
            store.delete(handle, groupId);
        } else {
            store.replace(handle, groupId, hours, clock.instant());
        }
    }

    /** Drops this node's cached calendar of the group after its hours changed. */
    public void forget(long groupId) {
        calendars.invalidate(groupId);
    }

    /** Sets {@code hours} for the group unless it has some already: demo data, idempotent. */
    void seed(long groupId, BusinessHours hours) {
        BusinessHoursForm.calendar(hours);
        jdbi.useTransaction(handle -> {
            if (store.find(handle, groupId).isEmpty()) {
                store.replace(handle, groupId, hours, clock.instant());
            }
        });
        calendars.invalidate(groupId);
    }
}
