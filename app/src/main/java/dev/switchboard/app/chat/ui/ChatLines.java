package dev.switchboard.app.chat.ui;

import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.OutgoingMessage;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.MessageKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;

/** A chat as lines to show: messages in order with a date line before each day, then what is still pending. */
public final class ChatLines {

    private ChatLines() {
    }

    public static List<ChatLine> of(Chat chat, ZoneId zone) {
        List<ChatLine> lines = new ArrayList<>(chat.messages().size() + chat.outbox().size() + 4);
        LocalDate day = null;
        for (ChatMessage message : chat.messages()) {
            day = dayLine(lines, day, message.createdAt(), zone);
            if (message.kind() == MessageKind.EVENT) {
                lines.add(new ChatLine.Event(message));
            } else {
                boolean mine = chat.mine(message);
                lines.add(new ChatLine.Message(message, mine, mine ? chat.delivery(message) : null));
            }
        }
        for (OutgoingMessage pending : chat.outbox()) {
            day = dayLine(lines, day, pending.createdAt(), zone);
            lines.add(new ChatLine.Pending(pending));
        }
        return lines;
    }

    private static LocalDate dayLine(List<ChatLine> lines, LocalDate previous, Instant at, ZoneId zone) {
        LocalDate day = at == null ? previous : at.atZone(zone).toLocalDate();
        if (day != null && !day.equals(previous)) {
            lines.add(new ChatLine.Day(day));
        }
        return day == null ? previous : day;
    }

    /**
     * Makes {@code shown} equal to {@code wanted} with as few changes as possible: the common start
     * stays (so a list view keeps its cells and scroll position), only the rest is replaced.
     */
    public static <T> void update(ObservableList<T> shown, List<T> wanted) {
        int same = 0;
        int limit = Math.min(shown.size(), wanted.size());
        while (same < limit && shown.get(same).equals(wanted.get(same))) {
            same++;
        }
        if (same < shown.size()) {
            shown.remove(same, shown.size());
        }
        if (same < wanted.size()) {
            shown.addAll(wanted.subList(same, wanted.size()));
        }
    }
}
