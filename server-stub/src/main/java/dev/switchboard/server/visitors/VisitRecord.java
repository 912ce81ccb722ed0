package dev.switchboard.server.visitors;

import dev.switchboard.shared.visitors.Device;
import dev.switchboard.shared.visitors.Source;
import java.time.Instant;

/** A visit as stored: where it came from, what the visitor browses with, and how far they got. */
record VisitRecord(long id, String visitorId, Instant startedAt, Instant lastSeenAt, String landingUrl, Source source,
                   Device device, String language, String screen, String ip, String region, int pagesViewed) {
}
