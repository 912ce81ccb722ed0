package dev.switchboard.app.history;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import dev.switchboard.shared.history.HistoryEntry;
import dev.switchboard.shared.wrapup.WrapUp;
import dev.switchboard.shared.wrapup.WrapUpStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the History page words chats and their lines, in the agent's language and time zone. */
public final class HistoryTexts {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final I18n i18n;
    private final ZoneId zone;

    public HistoryTexts(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    /** "Emma · Alice 王丽 · 售前 Pre-sales". */
    public String title(HistoryEntry chat) {
        StringBuilder title = new StringBuilder(visitor(chat));
        if (chat.agentName() != null) {
            title.append(" · ").append(chat.agentName());
        }
        if (chat.groupName() != null) {
            title.append(" · ").append(chat.groupName());
        }
        return title.toString();
    }

    public String visitor(HistoryEntry chat) {
        return chat.visitorName() != null ? chat.visitorName() : i18n.get("history.visitor.unnamed");
    }

    public String when(HistoryEntry chat) {
        return DAY_AND_TIME.withZone(zone).format(chat.createdAt());
    }

    /** "★★★★☆ “回复很快”", or empty when the visitor did not rate. */
    public String rating(Integer rating, String comment) {
        if (rating == null) {
            return "";
        }
        return "★".repeat(rating) + "☆".repeat(Math.max(0, 5 - rating)) + (comment == null || comment.isBlank() ? "" : " “" + comment + "”");
    }

    /** "售后/维修 — summary", "wrap-up overdue", or empty. */
    public String wrapUp(WrapUp wrapUp) {
        if (wrapUp == null) {
            return "";
        }
        if (wrapUp.status() == WrapUpStatus.OVERDUE) {
            return i18n.get("history.wrapUp.overdue");
        }
        if (wrapUp.status() == WrapUpStatus.PENDING) {
            return i18n.get("history.wrapUp.pending");
        }
        String categories = String.join(", ", wrapUp.categoryPaths());
        String summary = wrapUp.summary() == null ? "" : wrapUp.summary();
        return i18n.get("history.wrapUp.done", categories.isEmpty() ? "—" : categories, summary).strip();
    }

    /** One line of a transcript: "10:00:05  Emma: …", notes marked, event lines in the agent's language. */
    public String line(HistoryEntry chat, ChatMessage message) {
        String at = TIME.withZone(zone).format(message.createdAt());
        if (message.kind() == MessageKind.EVENT) {
            return at + "  — " + event(message.event(), message.body());
        }
        String sender = message.senderType() == SenderType.VISITOR ? visitor(chat)
                : message.senderName() != null ? message.senderName() : i18n.get("history.system");
        String note = message.kind() == MessageKind.NOTE ? " [" + i18n.get("history.note") + "]" : "";
        String file = message.attachment() == null ? "" : " [" + message.attachment().fileName() + "]";
        return at + "  " + sender + note + ": " + message.body() + file;
    }

    public String at(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.withZone(zone).format(instant);
    }

    private String event(ChatEvent event, String body) {
        if (event == null || event.type() == null) {
            return body;
        }
        return switch (event.type()) {
            case JOINED -> i18n.get("chat.event.joined", event.agentName());
            case ASSIST_JOINED -> i18n.get("chat.event.assistJoined", event.agentName());
            case TRANSFERRED -> i18n.get("chat.event.transferred", event.agentName() != null ? event.agentName() : event.groupName());
            case ENDED -> event.agentName() == null ? i18n.get("chat.event.endedByVisitor") : i18n.get("chat.event.endedBy", event.agentName());
        };
    }
}
