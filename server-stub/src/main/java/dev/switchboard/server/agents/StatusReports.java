package dev.switchboard.server.agents;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.agents.StatusDuration;
import dev.switchboard.shared.agents.StatusReport;
import dev.switchboard.shared.problem.FieldError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * How long each agent spent in each status and away reason within a period
 * ({@code GET /api/v1/reports/agent-status}), summed from the status intervals cut to the period; the
 * interval going on now counts up to now.
 */
public final class StatusReports {

    /** A year and a day: a report over more is a mistake, and reads every interval of it. */
    static final Duration LONGEST = Duration.ofDays(367);

    private final Jdbi jdbi;
    private final Clock clock;
    private final StatusIntervals intervals = new StatusIntervals();
    private final AgentStore agents = new AgentStore();

    public StatusReports(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** One agent's time in one status and reason. */
    private record Key(long agentId, AgentStatus status, Long reasonId) {
    }

    public StatusReport report(Principal caller, Instant from, Instant to) {
        caller.require(Role.SUPERVISOR);
        if (from == null || to == null || !from.isBefore(to) || Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw ApiException.invalid("the period is not valid", List.of(new FieldError("from",
                    "from and to are instants (e.g. 2026-11-02T00:00:00Z), from before to, at most " + LONGEST.toDays() + " days apart")));
        }
        Instant now = clock.instant();
        return jdbi.withHandle(handle -> {
            Map<Key, Long> seconds = new TreeMap<>(java.util.Comparator.comparingLong(Key::agentId).thenComparing(Key::status)
                    .thenComparing(Key::reasonId, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
            for (StatusIntervals.Interval interval : intervals.overlapping(handle, from, to)) {
                Instant start = interval.startedAt().isBefore(from) ? from : interval.startedAt();
                Instant end = interval.endedAt() == null ? (now.isBefore(to) ? now : to) : (interval.endedAt().isAfter(to) ? to : interval.endedAt());
                long spent = Math.max(0, Duration.between(start, end).toSeconds());
                seconds.merge(new Key(interval.agentId(), interval.status(), interval.reasonId()), spent, Long::sum);
            }
            Map<Long, String> names = new HashMap<>();
            for (Agent agent : agents.all(handle)) {
                names.put(agent.id(), agent.displayName());
            }
            List<StatusDuration> durations = new ArrayList<>();
            seconds.forEach((key, spent) -> durations.add(new StatusDuration(key.agentId(), names.getOrDefault(key.agentId(), ""), key.status(),
                    key.reasonId(), spent)));
            return new StatusReport(from, to, durations, AwayReasons.all(handle));
        });
    }
}
