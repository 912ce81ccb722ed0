package dev.switchboard.shared.push;

/** Body of {@code POST}/{@code PUT /api/v1/segments}. */
public record NewSegment(String name, SegmentConditions conditions) {
}
