package dev.switchboard.shared.push;

/**
 * Who a push is for: a saved segment ({@code segmentId}) or conditions given right here. Body of
 * {@code POST /api/v1/push/preview}.
 */
public record PushAudience(Long segmentId, SegmentConditions conditions) {
}
