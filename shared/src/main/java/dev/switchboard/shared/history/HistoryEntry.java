package dev.switchboard.shared.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.wrapup.WrapUp;
import java.time.Instant;

/**
 * A chat as the history lists it: who, when, where it went, how the visitor rated it and its
 * wrap-up; {@code snippet} is the first message that matched the searched text (null without one).
 *
 * @param visitorName the name the visitor gave in the pre-chat form, or null
 * @param agentName   the chat's owner (the last one, after transfers)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(long conversationId, String visitorId, String visitorName, String site, ConversationStatus status,
                           Long groupId, String groupName, Long agentId, String agentName, Instant createdAt, Instant endedAt,
                           Integer rating, String ratingComment, WrapUp wrapUp, String snippet) {
}
