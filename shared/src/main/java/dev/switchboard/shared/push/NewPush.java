package dev.switchboard.shared.push;

/**
 * Body of {@code POST /api/v1/push/messages}: sends now, to the online visitors of the audience
 * ({@code segmentId} or {@code conditions}). A {@link PushKind#MESSAGE} has only {@code text}; a
 * {@link PushKind#CARD} has a {@code title} and {@code text}, and may have an {@code imageUrl} and a
 * {@code linkUrl} (http or https only).
 */
public record NewPush(Long segmentId, SegmentConditions conditions, PushKind kind, String title, String text, String imageUrl,
                      String linkUrl) {
}
