package dev.switchboard.shared.agents;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/reports/agent-status?from=&to=}: the time each agent spent in each status and
 * away reason within {@code [from, to)}, by agent, then status, then reason; the reasons named.
 */
public record StatusReport(Instant from, Instant to, List<StatusDuration> durations, List<AwayReason> reasons) {

    public StatusReport {
        durations = List.copyOf(durations);
        reasons = List.copyOf(reasons);
    }
}
