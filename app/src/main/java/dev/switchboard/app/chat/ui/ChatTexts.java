package dev.switchboard.app.chat.ui;

import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.Delivery;
import dev.switchboard.app.net.NotConnectedException;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.net.ServerUnreachableException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.shared.chat.SenderType;
import dev.switchboard.shared.problem.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** How chats read to the agent, in their language: names, times, event lines, states and failures. */
public final class ChatTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final I18n i18n;
    private final ZoneId zone;

    public ChatTexts(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    public I18n i18n() {
        return i18n;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The tab's title: the visitor's name from the pre-chat form, or "Visitor 12". */
    public String title(Chat chat) {
        return chat.visitorName().isEmpty() ? i18n.get("chat.visitorNumbered", chat.id()) : chat.visitorName();
    }

    public String sender(ChatMessage message, boolean mine, Chat chat) {
        if (mine) {
            return i18n.get("chat.you");
        }
        if (message.senderType() == SenderType.VISITOR) {
            return chat.visitorName().isEmpty() ? i18n.get("chat.visitor") : chat.visitorName();
        }
        return message.senderName() == null ? "" : message.senderName();
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    public String day(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return i18n.get("chat.day.today");
        }
        if (date.equals(today.minusDays(1))) {
            return i18n.get("chat.day.yesterday");
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale()).format(date);
    }

    /** An event line in the agent's language when the server said what it means, else the server's sentence. */
    public String event(ChatMessage message) {
        ChatEvent event = message.event();
        if (event == null || event.type() == null) {
            return message.body();
        }
        return switch (event.type()) {
            case JOINED -> i18n.get("chat.event.joined", event.agentName());
            case ASSIST_JOINED -> i18n.get("chat.event.assistJoined", event.agentName());
            case TRANSFERRED -> i18n.get("chat.event.transferred", event.agentName() != null ? event.agentName() : event.groupName());
            case ENDED -> event.agentName() == null ? i18n.get("chat.event.endedByVisitor") : i18n.get("chat.event.endedBy", event.agentName());
        };
    }

    public String delivery(Delivery delivery) {
        return i18n.get("chat.delivery." + delivery.name());
    }

    /** "Li Lei is typing…", "bob is typing…", or empty. */
    public String typing(Chat chat) {
        if (chat.visitorTyping()) {
            return i18n.get("chat.typing", chat.visitorName().isEmpty() ? i18n.get("chat.visitor") : chat.visitorName());
        }
        if (!chat.colleaguesTyping().isEmpty()) {
            return i18n.get("chat.typing", String.join(", ", chat.colleaguesTyping()));
        }
        return "";
    }

    /** Why the agent cannot write here, or empty where they can. */
    public String banner(Chat chat) {
        return switch (chat.phase()) {
            case OPEN -> "";
            case ENDED -> i18n.get("chat.banner.ended");
            case LEFT -> i18n.get("chat.banner.left");
            case WATCHING -> i18n.get("chat.banner.watching");
        };
    }

    public String strategy(RoutingStrategy strategy) {
        return strategy == null ? "" : i18n.get("chat.strategy." + strategy.name());
    }

    /** "2.5 MB", "980 KB", "12 B". */
    public String fileSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(i18n.locale(), "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " B";
    }

    /**
     * A failed upload said plainly, with the server's words, which name the limit met: too large (a
     * file's bytes or a picture's pixels), a refused type, a damaged file, a reached quota.
     */
    public String uploadFailure(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ProblemException refused) {
            Problem problem = refused.problem();
            String key = switch (problem.status()) {
                case 400 -> "chat.upload.unreadable";
                case 413 -> "chat.upload.tooLarge";
                case 415 -> "chat.upload.refusedType";
                case 429 -> "chat.upload.quota";
                default -> null;
            };
            if (key != null) {
                return i18n.get(key, detail(problem));
            }
        }
        return failure(failure);
    }

    /** A failed action: the server's reason when it refused, or that it could not be reached. */
    public String failure(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ProblemException refused) {
            return i18n.get("chat.error.refused", detail(refused.problem()));
        }
        if (cause instanceof NotConnectedException || cause instanceof TimeoutException) {
            return i18n.get("chat.error.offline");
        }
        if (cause instanceof ServerUnreachableException) {
            return i18n.get("chat.error.unreachable");
        }
        return i18n.get("chat.error.unexpected", String.valueOf(cause.getMessage()));
    }

    private static String detail(Problem problem) {
        return problem.detail() != null && !problem.detail().isBlank() ? problem.detail() : problem.title();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
