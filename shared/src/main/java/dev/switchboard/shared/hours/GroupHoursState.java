package dev.switchboard.shared.hours;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Whether a group is open now and when it opens next (null when it is open, or never opens within a
 * year); {@code hours} null means it has none and is always open.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupHoursState(long groupId, boolean open, Instant nextOpening, BusinessHours hours) {
}
