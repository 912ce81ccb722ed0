package dev.switchboard.shared.history;

import java.time.Instant;

/**
 * What the history is searched for; null fields do not filter. The workstation turns it into the
 * query parameters of {@code GET /api/v1/history} ({@link #MAX_TEXT} characters of text at most).
 *
 * @param text       words that must all occur in the chat's messages (Chinese found inside sentences)
 * @param visitor    a visitor id, or part of what they gave in the pre-chat form (their name)
 * @param agentId    chats this agent took part in
 * @param from       chats started at or after
 * @param to         chats started before
 * @param rating     the visitor's stars, 1 to 5
 * @param categoryId chats filed under this wrap-up category or one below it
 */
public record HistoryQuery(String text, String visitor, Long agentId, Long groupId, Instant from, Instant to, Integer rating,
                           Long categoryId) {

    public static final int MAX_TEXT = 200;
    public static final HistoryQuery ALL = new HistoryQuery(null, null, null, null, null, null, null, null);
}
