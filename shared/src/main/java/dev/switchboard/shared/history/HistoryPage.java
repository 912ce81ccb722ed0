package dev.switchboard.shared.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of history, newest first; the next page is asked for with {@code before=nextBefore}
 * (null: this was the last page). Chats are ordered by id, which follows creation order, so a page
 * stays where it is while new chats arrive.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryPage(List<HistoryEntry> entries, Long nextBefore) {

    public HistoryPage {
        entries = List.copyOf(entries);
    }
}
