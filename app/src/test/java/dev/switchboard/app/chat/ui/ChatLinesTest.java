package dev.switchboard.app.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatPhase;
import dev.switchboard.app.chat.Delivery;
import dev.switchboard.app.chat.OutgoingMessage;
import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ChatLinesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final long SELF = 7;

    @Test
    void aDateLineStartsEachDayInTheAgentsZoneEventsStandApartAndPendingMessagesComeLast() {
        ChatMessage joined = message(1, SenderType.SYSTEM, null, MessageKind.EVENT, "Alice joined the chat", "2026-11-23T15:50:00Z");
        ChatMessage question = message(2, SenderType.VISITOR, null, MessageKind.TEXT, "Hello?", "2026-11-23T15:55:00Z");
        // 00:05 in Shanghai: the next day there, though still the 23rd in UTC
        ChatMessage answer = message(3, SenderType.AGENT, SELF, MessageKind.TEXT, "Hi!", "2026-11-23T16:05:00Z");
        OutgoingMessage pending = OutgoingMessage.create("c-9", 1, "One moment", false, null, Instant.parse("2026-11-23T16:06:00Z"));

        List<ChatLine> lines = ChatLines.of(chat(List.of(joined, question, answer), List.of(pending), 3), SHANGHAI);

        assertThat(lines).containsExactly(
                new ChatLine.Day(LocalDate.parse("2026-11-23")),
                new ChatLine.Event(joined),
                new ChatLine.Message(question, false, null),
                new ChatLine.Day(LocalDate.parse("2026-11-24")),
                new ChatLine.Message(answer, true, Delivery.READ),
                new ChatLine.Pending(pending));
    }

    @Test
    void updatingKeepsTheLinesThatStayAndChangesOnlyTheRest() {
        ObservableList<String> shown = FXCollections.observableArrayList("day", "a", "b", "pending x");
        List<String> changes = new ArrayList<>();
        shown.addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                changes.add((change.wasRemoved() ? "-" + change.getRemoved() : "") + (change.wasAdded() ? "+" + change.getAddedSubList() : ""));
            }
        });

        ChatLines.update(shown, List.of("day", "a", "b", "x", "c"));
        ChatLines.update(shown, List.of("day", "a", "b", "x", "c"));

        assertThat(shown).containsExactly("day", "a", "b", "x", "c");
        assertThat(changes).as("changes after the common start only; none when equal").containsExactly("-[pending x]", "+[x, c]");
    }

    private static Chat chat(List<ChatMessage> messages, List<OutgoingMessage> outbox, long visitorRead) {
        Conversation conversation = new Conversation(1, "v-1", "default", ConversationStatus.ACTIVE, 1L, SELF, Map.of("name", "Li Lei"),
                messages.size(), Instant.EPOCH, Instant.EPOCH, null, null, null);
        return new Chat(conversation, ChatPhase.OPEN, null, messages, outbox, 0, visitorRead, 0, false, List.of(), "", SELF, 0);
    }

    private static ChatMessage message(long seq, SenderType sender, Long agentId, MessageKind kind, String body, String at) {
        return new ChatMessage(1, seq, "c-" + seq, sender, agentId, agentId == null ? null : "Alice", kind, body, Instant.parse(at), null,
                kind == MessageKind.EVENT ? ChatEvent.joined("Alice") : null);
    }
}
