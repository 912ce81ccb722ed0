package dev.switchboard.shared.push;

/** A saved group of visitors that messages and window ads are sent to: {@code /api/v1/segments}. */
public record Segment(long id, String name, SegmentConditions conditions, long version) {
}
