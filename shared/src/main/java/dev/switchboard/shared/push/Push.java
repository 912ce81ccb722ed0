package dev.switchboard.shared.push;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A message or window ad that was sent, with its audience as it was then and its counts now.
 *
 * @param segmentId   the saved segment it went to, or null (conditions given with it, or the segment is gone)
 * @param segmentName that segment's name when it was sent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Push(long id, PushKind kind, Long segmentId, String segmentName, SegmentConditions conditions, String title, String text,
                   String imageUrl, String linkUrl, long createdBy, String createdByName, Instant createdAt, PushCounts counts) {
}
