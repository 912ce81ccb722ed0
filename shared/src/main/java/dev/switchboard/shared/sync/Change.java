package dev.switchboard.shared.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One row of the change log. {@code seq} is global and strictly increasing; {@code data} is the
 * entity's full state after an {@link ChangeOp#UPSERT}, or null after a {@link ChangeOp#DELETE}.
 */
public record Change(long seq, String entity, String entityId, ChangeOp op, JsonNode data, Instant at) {
}
