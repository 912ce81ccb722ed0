package dev.switchboard.shared.visitors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One page of a visit's trail; {@code seconds} is the time spent on it once the visitor moved on. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrailEntry(String url, String title, Instant at, Long seconds) {
}
