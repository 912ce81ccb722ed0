package dev.switchboard.shared.wrapup;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A chat's wrap-up: who owes it, whether it must be written before their next chat and until
 * when, and what was written: categories (with their paths, "售后/维修") and a summary.
 *
 * @param late written after its time limit had passed (required wrap-ups only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WrapUp(long conversationId, long agentId, String agentName, boolean required, Instant dueAt, WrapUpStatus status,
                     List<Long> categoryIds, List<String> categoryPaths, String summary, Instant doneAt, boolean late) {

    public WrapUp {
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
        categoryPaths = categoryPaths == null ? List.of() : List.copyOf(categoryPaths);
    }
}
