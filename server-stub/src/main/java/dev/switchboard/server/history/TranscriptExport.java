package dev.switchboard.server.history;

import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import dev.switchboard.shared.history.HistoryEntry;
import dev.switchboard.shared.history.Transcript;
import dev.switchboard.shared.wrapup.WrapUp;
import dev.switchboard.shared.wrapup.WrapUpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes transcripts as plain text (to read or mail) or CSV (to open in Excel: one row per message,
 * the chat's details repeated on each). Both start with a UTF-8 byte order mark, without which
 * Excel on Windows reads Chinese as mojibake; times are in the reader's zone.
 */
final class TranscriptExport {

    enum Format {
        TEXT("text/plain; charset=utf-8", "txt"),
        CSV("text/csv; charset=utf-8", "csv");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Format format;
    private final ExportTexts texts;
    private final DateTimeFormatter time;
    private final Writer out;
    private int written;

    TranscriptExport(Format format, ExportTexts texts, ZoneId zone, Writer out) {
        this.format = format;
        this.texts = texts;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        this.out = out;
    }

    /** The byte order mark, and the CSV's header row. */
    void begin() {
        write(String.valueOf(BYTE_ORDER_MARK));
        if (format == Format.CSV) {
            row(texts.csvHeader());
        }
    }

    void add(Transcript transcript) {
        if (format == Format.CSV) {
            csv(transcript);
        } else {
            text(transcript);
        }
        written++;
    }

    int written() {
        return written;
    }

    private void text(Transcript transcript) {
        HistoryEntry chat = transcript.chat();
        StringBuilder text = new StringBuilder();
        if (written > 0) {
            text.append("\r\n");
        }
        text.append(texts.chat()).append(" #").append(chat.conversationId()).append(" · ").append(at(chat.createdAt()))
                .append(chat.endedAt() == null ? "" : " – " + at(chat.endedAt())).append("\r\n");
        text.append(texts.visitor()).append(": ").append(visitor(chat)).append(" (").append(chat.visitorId()).append(")");
        if (chat.agentName() != null) {
            text.append(" · ").append(texts.agent()).append(": ").append(chat.agentName());
        }
        if (chat.groupName() != null) {
            text.append(" · ").append(texts.group()).append(": ").append(chat.groupName());
        }
        text.append("\r\n");
        if (chat.rating() != null) {
            text.append(texts.rating()).append(": ").append("★".repeat(chat.rating())).append("☆".repeat(5 - chat.rating()))
                    .append(chat.ratingComment() == null || chat.ratingComment().isBlank() ? "" : " “" + chat.ratingComment() + "”").append("\r\n");
        }
        WrapUp wrapUp = chat.wrapUp();
        if (wrapUp != null && (wrapUp.status() != WrapUpStatus.PENDING)) {
            text.append(texts.wrapUp()).append(": ").append(String.join(", ", wrapUp.categoryPaths()))
                    .append(wrapUp.summary() == null ? "" : " — " + wrapUp.summary())
                    .append(wrapUp.status() == WrapUpStatus.OVERDUE ? " (" + texts.overdue() + ")" : "").append("\r\n");
        }
        text.append("----\r\n");
        for (ChatMessage message : transcript.messages()) {
            text.append(at(message.createdAt())).append("  ");
            if (message.kind() == MessageKind.EVENT) {
                text.append("— ").append(texts.event(message.event(), message.body()));
            } else {
                text.append(sender(chat, message)).append(message.kind() == MessageKind.NOTE ? " [" + texts.note() + "]" : "").append(": ")
                        .append(message.body());
                if (message.attachment() != null) {
                    text.append(message.body().isEmpty() ? "" : " ").append("[").append(message.attachment().fileName()).append("]");
                }
            }
            text.append("\r\n");
        }
        write(text.toString());
    }

    private void csv(Transcript transcript) {
        HistoryEntry chat = transcript.chat();
        WrapUp wrapUp = chat.wrapUp();
        List<String> fixed = List.of(String.valueOf(chat.conversationId()), at(chat.createdAt()), at(chat.endedAt()), visitor(chat),
                chat.visitorId(), nullToEmpty(chat.agentName()), nullToEmpty(chat.groupName()),
                chat.rating() == null ? "" : String.valueOf(chat.rating()), nullToEmpty(chat.ratingComment()),
                wrapUp == null ? "" : String.join("; ", wrapUp.categoryPaths()), wrapUp == null ? "" : nullToEmpty(wrapUp.summary()));
        for (ChatMessage message : transcript.messages()) {
            List<String> cells = new ArrayList<>(fixed);
            cells.add(String.valueOf(message.seq()));
            cells.add(at(message.createdAt()));
            cells.add(message.kind() == MessageKind.EVENT ? texts.system() : sender(chat, message));
            cells.add(message.kind() == MessageKind.NOTE ? texts.note() : message.kind().name().toLowerCase(java.util.Locale.ROOT));
            cells.add(message.kind() == MessageKind.EVENT ? texts.event(message.event(), message.body()) : message.body());
            cells.add(message.attachment() == null ? "" : message.attachment().fileName());
            row(cells);
        }
    }

    private String sender(HistoryEntry chat, ChatMessage message) {
        if (message.senderType() == SenderType.VISITOR) {
            return visitor(chat);
        }
        return message.senderName() != null ? message.senderName() : texts.system();
    }

    private String visitor(HistoryEntry chat) {
        return chat.visitorName() != null ? chat.visitorName() : texts.visitor();
    }

    private String at(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    /** RFC 4180: every cell quoted, quotes doubled; lines end in CRLF. A cell Excel would run as a formula is led by a quote mark. */
    private void row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+(\\.\\d+)?")) {
                cell = "'" + cell;
            }
            line.append(i == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        write(line.append("\r\n").toString());
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("the export could not be written", e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
