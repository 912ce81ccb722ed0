package dev.switchboard.app.history;

import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.history.HistoryEntry;
import dev.switchboard.shared.history.HistoryQuery;
import dev.switchboard.shared.history.Transcript;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The History page's filters applied to a transcript kept on this computer, while the server that
 * would apply them cannot be reached: every word of the text somewhere in the chat's messages (not
 * as one phrase; any case), part of the visitor's name or their id, an agent who took part, the
 * group, the start between the dates, the stars, and a wrap-up category or one below it.
 */
record OfflineSearch(HistoryQuery query, Set<Long> categories) {

    boolean matches(Transcript transcript) {
        HistoryEntry chat = transcript.chat();
        return hasEveryWord(transcript.messages())
                && (query.visitor() == null || query.visitor().equals(chat.visitorId()) || contains(chat.visitorName(), query.visitor()))
                && (query.agentId() == null || query.agentId().equals(chat.agentId())
                        || transcript.messages().stream().anyMatch(message -> query.agentId().equals(message.senderAgentId())))
                && (query.groupId() == null || query.groupId().equals(chat.groupId()))
                && (query.from() == null || !chat.createdAt().isBefore(query.from()))
                && (query.to() == null || chat.createdAt().isBefore(query.to()))
                && (query.rating() == null || query.rating().equals(chat.rating()))
                && (query.categoryId() == null || chat.wrapUp() != null && chat.wrapUp().categoryIds().stream().anyMatch(categories::contains));
    }

    private boolean hasEveryWord(List<ChatMessage> messages) {
        if (query.text() == null || query.text().isBlank()) {
            return true;
        }
        for (String word : query.text().strip().split("\\s+")) {
            if (messages.stream().noneMatch(message -> contains(message.body(), word))) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(Objects.requireNonNull(part).strip().toLowerCase(Locale.ROOT));
    }
}
