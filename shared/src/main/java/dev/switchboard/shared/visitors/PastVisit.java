package dev.switchboard.shared.visitors;

import java.time.Instant;
import java.util.List;

/** An earlier visit of the same visitor, with its own source and pages. */
public record PastVisit(long id, Instant startedAt, Instant endedAt, Source source, String landingUrl, int pagesViewed,
                        List<TrailEntry> trail) {

    public PastVisit {
        trail = List.copyOf(trail);
    }
}
