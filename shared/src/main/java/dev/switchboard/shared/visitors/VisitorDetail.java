package dev.switchboard.shared.visitors;

import java.util.List;

/** Answer of {@code GET /api/v1/visitors/{id}}: the visitor, the current visit's trail, and earlier visits. */
public record VisitorDetail(VisitorSummary visitor, List<TrailEntry> trail, List<PastVisit> pastVisits) {

    public VisitorDetail {
        trail = List.copyOf(trail);
        pastVisits = List.copyOf(pastVisits);
    }
}
