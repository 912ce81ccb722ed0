package dev.switchboard.shared.visitors;

import java.util.List;

/**
 * Answer of {@code GET /api/v1/visitors/{id}}: the visitor, the current visit's trail, and earlier visits.
 *
 * @param address the network address the visitor browses from now (or last came from), for the agent
 *                looking at them; it is not in the visitor list that every workstation receives
 */
public record VisitorDetail(VisitorSummary visitor, String address, List<TrailEntry> trail, List<PastVisit> pastVisits) {

    public VisitorDetail {
        trail = List.copyOf(trail);
        pastVisits = List.copyOf(pastVisits);
    }
}
