package dev.switchboard.app.queue;

import java.time.Instant;

/** One waiting chat on the Queue page, immutable: visitor (or a stand-in), group, since when, prioritized (VIP). */
public record WaitingRow(long conversationId, String visitorName, long groupId, String groupName, Instant waitingSince, boolean priority) {
}
